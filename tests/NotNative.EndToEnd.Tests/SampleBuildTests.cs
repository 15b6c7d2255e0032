using NotNative.Tests;
using System.Text.Json;

namespace NotNative.EndToEnd.Tests;

/// <summary>Builds throwaway projects against the packed package with `dotnet build`, as a user would.</summary>
[Collection(PackageCollection.Name)]
public class SampleBuildTests(PackedPackage package)
{
    private string CreateProject(string name, string dockerfile, string extraProperties = "", Dictionary<string, string>? files = null) =>
        package.CreateProject(name, dockerfile, extraProperties, files);

    private static List<string> SarifRuleIds(string sarifPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var ids = new List<string>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                ids.Add(result.GetProperty("ruleId").GetString()!);
            }
        }

        return ids;
    }

    [Fact]
    public void Windows_Dockerfile_fails_the_build_with_NN2001_in_the_SARIF_log_and_NN3005_from_the_task()
    {
        var folder = CreateProject("WindowsImage",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nWORKDIR /app\nCOPY run.sh /run.sh\n",
            files: new() { ["run.sh"] = "#!/bin/sh\r\nexec dotnet WindowsImage.dll\r\n" });
        var sarif = Path.Combine(folder, "build.sarif");

        var (exitCode, output) = Dotnet.Run(folder, "build", "--nologo", $"-p:ErrorLog={sarif},version=2.1");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("NN2001", SarifRuleIds(sarif));
        Assert.Matches(@"Dockerfile\(1,6\): error NN2001", output);
        Assert.Matches(@"Dockerfile\(3,6,3,12\): error NN3005", output);
        Assert.DoesNotContain("MSB4018", output);
        Assert.DoesNotContain("AD0001", output);

        // The compiler's ErrorLog has no NN3xxx; the task's own log (NotNativeSarifLog, under obj/) has them, relative to the project.
        Assert.DoesNotContain("NN3005", SarifRuleIds(sarif));
        var taskLog = Path.Combine(folder, "obj", "Debug", "net10.0", "notnative.sarif");
        using var log = JsonDocument.Parse(File.ReadAllText(taskLog));
        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "NN3005");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("Dockerfile", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(new Uri(folder + "/").AbsoluteUri, log.RootElement.GetProperty("runs")[0].GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        Assert.Empty(SarifMultitool.Validate(taskLog));
    }

    [Fact]
    public void Linux_Dockerfile_builds_clean_and_warnaserror_fails_on_a_warning()
    {
        var clean = CreateProject("LinuxImage",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY . .\nENTRYPOINT [\"dotnet\", \"LinuxImage.dll\"]\n");
        var (cleanExit, cleanOutput) = Dotnet.Run(clean, "build", "--nologo");
        Assert.True(cleanExit == 0, cleanOutput);
        Assert.DoesNotContain(" NN", cleanOutput);

        var warned = CreateProject("WarnedImage", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR C:\\app\n");
        var (warnExit, warnOutput) = Dotnet.Run(warned, "build", "--nologo");
        Assert.True(warnExit == 0, warnOutput);
        Assert.Contains("warning NN2003", warnOutput);

        var (strictExit, strictOutput) = Dotnet.Run(warned, "build", "--nologo", "--no-incremental", "-warnaserror");
        Assert.NotEqual(0, strictExit);
        Assert.Contains("error NN2003", strictOutput);
    }

    [Fact]
    public void Severity_is_configurable_from_a_global_config_and_NoWarn()
    {
        var global = CreateProject("GlobalConfigured", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR C:\\app\nFROM --platform=linux/amd64 alpine\n",
            files: new() { [".globalconfig"] = "is_global = true\ndotnet_diagnostic.NN2003.severity = error\ndotnet_diagnostic.NN2010.severity = warning\n" });
        var (globalExit, globalOutput) = Dotnet.Run(global, "build", "--nologo");
        Assert.NotEqual(0, globalExit);
        Assert.Contains("error NN2003", globalOutput);
        Assert.Contains("warning NN2010", globalOutput);

        // Roslyn gives .editorconfig sections only to source files; additional files follow global options and NoWarn.
        var section = CreateProject("NoWarnConfigured", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR C:\\app\n", "<NoWarn>$(NoWarn);NN2003</NoWarn>");
        var (sectionExit, sectionOutput) = Dotnet.Run(section, "build", "--nologo");
        Assert.True(sectionExit == 0, sectionOutput);
        Assert.DoesNotContain("NN2003", sectionOutput);
    }

    [DockerdFact]
    public void Real_engine_fails_a_Windows_Dockerfile_with_NN3001_and_passes_a_Linux_one()
    {
        var engine = $"-p:NotNativeDockerHost={NotNative.Tests.Dockerd.SocketUri}";
        var windows = CreateProject("WindowsOnLinuxEngine", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n",
            "<DockerDefaultTargetOS>Windows</DockerDefaultTargetOS>");
        var (windowsExit, windowsOutput) = Dotnet.Run(windows, "build", "--nologo", engine, "-p:NotNativeEngineCheck=required");
        Assert.NotEqual(0, windowsExit);
        Assert.Matches(@"Dockerfile\(1,1\): error NN3001: The Docker engine at unix://", windowsOutput);
        Assert.DoesNotContain("NN2001", windowsOutput); // the project targets Windows: only the engine is wrong
        Assert.DoesNotContain("MSB4018", windowsOutput);

        var linux = CreateProject("LinuxOnLinuxEngine", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . /app\n");
        var (linuxExit, linuxOutput) = Dotnet.Run(linux, "build", "--nologo", engine, "-p:NotNativeEngineCheck=required");
        Assert.True(linuxExit == 0, linuxOutput);
        Assert.DoesNotContain("NN30", linuxOutput);
    }

    [Fact]
    public void Dead_engine_in_auto_mode_lets_the_build_go_on()
    {
        var folder = CreateProject("DeadEngine", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n");
        var (exitCode, output) = Dotnet.Run(folder, "build", "--nologo", "-v:n", "-p:NotNativeDockerHost=unix:///tmp/nn-no-engine-here.sock");
        Assert.True(exitCode == 0, output);
        Assert.Contains("NN3002", output);
        Assert.DoesNotContain("error NN", output);
    }
}
