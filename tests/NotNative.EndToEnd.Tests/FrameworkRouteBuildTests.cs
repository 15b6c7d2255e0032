using System.Text.RegularExpressions;
using NotNative.Tests;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// The route .NET Framework MSBuild (Visual Studio) takes: a task of the same name that starts notnative-check with
/// dotnet. Forced here under .NET MSBuild (NotNativeCheckRoute=tool), it must report what the net8.0 task reports.
/// </summary>
[Collection(PackageCollection.Name)]
public class FrameworkRouteBuildTests(PackedPackage package)
{
    private static List<string> BuildCheckFindings(string output) =>
        Regex.Matches(output, @"^.*: (error|warning|message) NN[39]\d{3}: .*?(?= \[/|$)", RegexOptions.Multiline)
            .Select(m => m.Value.Trim())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Tool_route_reports_NN3001_from_a_Windows_engine_and_NN3005_like_the_task()
    {
        using var engine = new ReplayEngine(ReplayEngine.Payload("windows-server-2022.info.json"));
        var folder = package.CreateProject("ToolRoute",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY scripts/ /scripts/\nENTRYPOINT [\"/scripts/start.sh\"]\n",
            files: new() { ["scripts/start.sh"] = "#!/bin/sh\r\nexec dotnet ToolRoute.dll\r\n" });
        var host = $"-p:NotNativeDockerHost={engine.Uri}";

        var (toolExit, toolOutput) = Dotnet.Run(folder, "build", "--nologo", "-tl:off", "-v:n", "-p:NotNativeCheckRoute=tool", host);
        var (taskExit, taskOutput) = Dotnet.Run(folder, "build", "--nologo", "-tl:off", "-v:n", host);

        Assert.NotEqual(0, toolExit);
        Assert.NotEqual(0, taskExit);
        var tool = BuildCheckFindings(toolOutput);
        Assert.Contains(tool, line => Regex.IsMatch(line, @"Dockerfile\(1,1\): error NN3001: The Docker engine at unix://"));
        Assert.Contains(tool, line => Regex.IsMatch(line, @"Dockerfile\(2,6,2,14\): error NN3005: The shell script 'scripts/start.sh' has CRLF"));
        Assert.Equal(BuildCheckFindings(taskOutput), tool);
        Assert.Contains("notnative-check.dll --format json", toolOutput);
        Assert.DoesNotContain("MSB4018", toolOutput);
        Assert.DoesNotContain("MSB6006", toolOutput);
    }

    [Fact]
    public void Tool_route_passes_a_clean_project_and_skips_the_check_when_nothing_changed()
    {
        var folder = package.CreateProject("ToolRouteClean",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY scripts/ /scripts/\n",
            files: new() { ["scripts/start.sh"] = "#!/bin/sh\nexec dotnet ToolRouteClean.dll\n" });

        var (firstExit, first) = Dotnet.Run(folder, "build", "--nologo", "-v:n", "-p:NotNativeCheckRoute=tool", "-p:NotNativeEngineCheck=off");
        Assert.True(firstExit == 0, first);
        Assert.Contains("notnative-check.dll --format json", first);
        Assert.DoesNotContain(" NN", first);

        File.WriteAllText(Path.Combine(folder, "scripts", "migrate.sh"), "#!/bin/sh\r\necho migrating\r\n");
        var (secondExit, second) = Dotnet.Run(folder, "build", "--nologo", "-p:NotNativeCheckRoute=tool", "-p:NotNativeEngineCheck=off");
        Assert.NotEqual(0, secondExit);
        Assert.Matches(@"Dockerfile\(2,6,2,14\): error NN3005: The shell script 'scripts/migrate.sh' has CRLF", second);
    }

    [Fact]
    public void Tool_route_reports_an_invalid_setting_as_NN9002()
    {
        var folder = package.CreateProject("ToolRouteInvalid", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n");

        var (exitCode, output) = Dotnet.Run(folder, "build", "--nologo", "-p:NotNativeCheckRoute=tool", "-p:NotNativeEngineCheck=sometimes");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error NN9002: NotNativeEngineCheck is 'sometimes'; it must be auto, required or off.", output);
    }
}
