using System.Diagnostics;
using System.IO.Compression;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// The tool package as a user gets it: packed, installed with `dotnet tool install --tool-path` from a local feed,
/// and run. In the packed-package collection, so its Release build never races the NotNative package's.
/// </summary>
[Collection(PackageCollection.Name)]
public class ToolPackageTests(PackedPackage package)
{
    /// <summary>The tool's package id: not 'NotNative' (NuGet ids ignore case, and that is the analyzer package).</summary>
    private const string ToolPackageId = "NotNative.Cli";

    [Fact]
    public void The_tool_package_installs_a_working_notnative_command()
    {
        var project = Path.Combine(NotNative.Tests.RepositoryPaths.Root, "build", "NotNative.Cli");
        var feed = Path.Combine(package.Root, "tool-feed");
        var pack = Dotnet.Run(package.Root, "pack", project, "-c", "Release", "-o", feed, $"-p:Version={package.Version}", "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);
        var nupkg = Path.Combine(feed, $"{ToolPackageId}.{package.Version}.nupkg");
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("tools/net8.0/any/notnative.dll", entries);
            Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", entries);
            Assert.DoesNotContain(entries, e => e.EndsWith(".resources.dll", StringComparison.Ordinal));
        }

        var config = Path.Combine(package.Root, "tool-nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(package.Root, "packages")}" /></config>
              <packageSources><clear /><add key="local" value="{feed}" /></packageSources>
            </configuration>
            """);
        var tools = Path.Combine(package.Root, "tools");
        var install = Dotnet.Run(package.Root, "tool", "install", ToolPackageId, "--version", package.Version, "--tool-path", tools, "--configfile", config);
        Assert.True(install.ExitCode == 0, install.Output);

        // The net8.0 tool runs on the newest runtime installed (RollForward=Major): here that is .NET 10.
        var notnative = Path.Combine(tools, OperatingSystem.IsWindows() ? "notnative.exe" : "notnative");
        var version = Run(notnative, package.Root, "--version");
        Assert.Equal((0, package.Version + "\n"), (version.ExitCode, version.Output.ReplaceLineEndings("\n")));

        var folder = Path.Combine(package.Root, "tool-check");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n");
        var check = Run(notnative, folder, "check", ".", "--engine", "off");
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("Dockerfile(1,6): error NN2001: ", check.Output);
    }

    private static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
