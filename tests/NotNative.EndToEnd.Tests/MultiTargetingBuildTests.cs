using System.Text.RegularExpressions;

namespace NotNative.EndToEnd.Tests;

/// <summary>A multi-targeted project: the build check once in the outer build, the analyzers in every inner build.</summary>
[Collection(PackageCollection.Name)]
public class MultiTargetingBuildTests(PackedPackage package)
{
    [Fact]
    public void Multi_targeted_project_reports_each_NN3xxx_once_and_the_Dockerfile_rules_per_target_framework()
    {
        var folder = package.CreateProject("MultiTargeted",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nCOPY run.sh /run.sh\nCOPY Settings.json /app/\n",
            files: new() { ["run.sh"] = "#!/bin/sh\r\nexec dotnet MultiTargeted.dll\r\n", ["settings.json"] = "{}\n" },
            targetFrameworks: "net8.0;net10.0");

        var (exitCode, fullOutput) = Dotnet.Run(folder, "build", "--nologo", "-tl:off", "-p:NotNativeEngineCheck=off");

        Assert.NotEqual(0, exitCode);
        // The console logger repeats every error in its summary: count them where they are logged, and in the total.
        var output = fullOutput[..fullOutput.IndexOf("Build FAILED.", StringComparison.Ordinal)];
        Assert.Contains("4 Error(s)", fullOutput);
        Assert.Single(Regex.Matches(output, @"Dockerfile\(2,6,2,12\): error NN3005"));
        Assert.Single(Regex.Matches(output, @"error NN3006"));
        var nn2001 = Regex.Matches(output, @"Dockerfile\(1,6\): error NN2001.*$", RegexOptions.Multiline).Select(m => m.Value).ToList();
        Assert.Equal(2, nn2001.Count);
        Assert.Contains(nn2001, line => line.Contains("TargetFramework=net8.0", StringComparison.Ordinal));
        Assert.Contains(nn2001, line => line.Contains("TargetFramework=net10.0", StringComparison.Ordinal));
        Assert.DoesNotContain("MSB4018", output);
    }

    [Fact]
    public void Multi_targeted_project_with_a_clean_context_builds_both_target_frameworks()
    {
        var folder = package.CreateProject("MultiTargetedClean",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY run.sh /run.sh\n",
            files: new() { ["run.sh"] = "#!/bin/sh\nexec dotnet MultiTargetedClean.dll\n" },
            targetFrameworks: "net8.0;net10.0");

        var (exitCode, output) = Dotnet.Run(folder, "build", "--nologo", "-p:NotNativeEngineCheck=off");

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(Path.Combine(folder, "bin", "Debug", "net8.0", "MultiTargetedClean.dll")), output);
        Assert.True(File.Exists(Path.Combine(folder, "bin", "Debug", "net10.0", "MultiTargetedClean.dll")), output);
        Assert.True(File.Exists(Path.Combine(folder, "obj", "Debug", "notnative.check.stamp")), output);
        Assert.DoesNotContain(" NN", output);
    }
}
