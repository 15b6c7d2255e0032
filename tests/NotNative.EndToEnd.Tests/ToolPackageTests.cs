using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// The tool package as a user gets it: packed, installed with `dotnet tool install --tool-path` from a local feed,
/// and run. It packs the build the tests already made (no build, no restore), so it races nothing and costs seconds.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "notnative-tool-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The tool's package id: not 'NotNative' (NuGet ids ignore case, and that is the analyzer package).</summary>
    private const string ToolPackageId = "NotNative.Cli";

    [Fact]
    public void The_tool_package_installs_a_working_notnative_command()
    {
        var project = Path.Combine(NotNative.Tests.RepositoryPaths.Root, "build", "NotNative.Cli");
        var cli = typeof(NotNative.Cli.NotNativeCommand).Assembly;
        var configuration = cli.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var builtVersion = cli.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var version = "0.1.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(_root, "feed");
        var pack = Dotnet.Run(_root, "pack", project, "-c", configuration, "--no-build", "--no-restore", "-o", feed, $"-p:Version={version}", "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);
        var nupkg = Path.Combine(feed, $"{ToolPackageId}.{version}.nupkg");
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("tools/net8.0/any/notnative.dll", entries);
            Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", entries);
            Assert.DoesNotContain(entries, e => e.EndsWith(".resources.dll", StringComparison.Ordinal));
        }

        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_root, "packages")}" /></config>
              <packageSources><clear /><add key="local" value="{feed}" /></packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_root, "tools");
        var install = Dotnet.Run(_root, "tool", "install", ToolPackageId, "--version", version, "--tool-path", tools, "--configfile", config);
        Assert.True(install.ExitCode == 0, install.Output);

        // The net8.0 tool runs on the newest runtime installed (RollForward=Major): here that is .NET 10.
        var notnative = Path.Combine(tools, OperatingSystem.IsWindows() ? "notnative.exe" : "notnative");
        var printed = Run(notnative, _root, "--version");
        Assert.Equal((0, builtVersion + "\n"), (printed.ExitCode, printed.Output.ReplaceLineEndings("\n")));

        var folder = Path.Combine(_root, "check");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n");
        // Held to Linux explicitly: alone, a Windows Dockerfile is checked as the Windows file it is.
        var check = Run(notnative, folder, "check", ".", "--engine", "off", "--target-os", "linux");
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
