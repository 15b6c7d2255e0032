using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using NotNative.Dockerfiles.Syntax;
using NotNative.Tests;

namespace NotNative.Dockerfiles.Tests.Parsing;

/// <summary>
/// Issue 10, item 11: which files are Dockerfiles. The package added every Dockerfile.* as an additional file, so a
/// binary Dockerfile.tar.gz failed the build with CS2015; the name rule lives in DockerfileNames and the package's
/// targets exclude the same extensions.
/// </summary>
public class DockerfileNamesTests
{
    private static string TargetsPath => Path.Combine(RepositoryPaths.Root, "build", "NotNative.Package", "build", "NotNative.targets");

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("dockerfile")]
    [InlineData("Dockerfile.nanoserver")]
    [InlineData("Dockerfile.windowsservercore-ltsc2022")]
    [InlineData("Dockerfile.alpine-slim")]
    [InlineData("Dockerfile.Dev")]
    [InlineData("Dockerfile.txt")] // saved by Notepad: still a Dockerfile, and text
    [InlineData("api.Dockerfile")]
    public void Dockerfile_names(string name)
    {
        Assert.True(DockerfileNames.IsDockerfileName(name));
    }

    [Theory]
    [InlineData("Dockerfile.tar.gz")]
    [InlineData("Dockerfile.TAR.GZ")]
    [InlineData("Dockerfile.zip")]
    [InlineData("Dockerfile.png")]
    [InlineData("Dockerfile.md")]
    [InlineData("Dockerfile.dockerignore")]
    [InlineData("Dockerfile.json")]
    [InlineData("Dockerfile.yml")]
    [InlineData("Dockerfile.cs")]
    [InlineData("Dockerfile.go")]
    [InlineData("Dockerfile.py")]
    [InlineData("Dockerfile.")]
    [InlineData("DockerfileShaUpdater.cs")]
    [InlineData("README.md")]
    public void Names_of_other_files(string name)
    {
        Assert.False(DockerfileNames.IsDockerfileName(name));
    }

    [Fact]
    public void The_targets_exclude_the_same_extensions_as_the_name_rule()
    {
        var targets = XDocument.Load(TargetsPath);
        var listed = targets.Descendants().Where(e => e.Name.LocalName == "_NotNativeNonDockerfileExtension")
            .SelectMany(e => e.Attribute("Include")!.Value.Split(';')).ToList();

        Assert.Equal(DockerfileNames.NonDockerfileExtensions.OrderBy(x => x, StringComparer.Ordinal), listed.OrderBy(x => x, StringComparer.Ordinal));
    }

    /// <summary>Evaluates the package's props and targets with MSBuild (no build, no restore: about a second).</summary>
    [Fact]
    public void The_targets_add_text_Dockerfiles_and_mark_the_one_the_project_builds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "notnative-items-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var build = Path.Combine(RepositoryPaths.Root, "build", "NotNative.Package", "build");
            File.WriteAllText(Path.Combine(folder, "app.proj"), $"""
                <Project>
                  <Import Project="{Path.Combine(build, "NotNative.props")}" />
                  <ItemGroup><AdditionalFiles Include="docker/Dockerfile.prod" /></ItemGroup>
                  <Import Project="{TargetsPath}" />
                </Project>
                """);
            Directory.CreateDirectory(Path.Combine(folder, "docker"));
            foreach (var name in new[] { "Dockerfile", "Dockerfile.nanoserver", "api.Dockerfile", "Dockerfile.tar.gz", "Dockerfile.gz", "Dockerfile.md", "Dockerfile.dockerignore", "docker/Dockerfile.prod" })
            {
                File.WriteAllBytes(Path.Combine(folder, name), name.EndsWith("gz", StringComparison.Ordinal) ? new byte[] { 0x1f, 0x8b, 0, 0 } : "FROM alpine\n"u8.ToArray());
            }

            Assert.Equal(
                new[] { "Dockerfile.nanoserver=false", "Dockerfile.prod=", "Dockerfile=true", "api.Dockerfile=false" },
                AdditionalFiles(folder));
            Assert.Equal(
                new[] { "Dockerfile.nanoserver=false", "Dockerfile.prod=true", "Dockerfile=false", "api.Dockerfile=false" },
                AdditionalFiles(folder, "-p:DockerfileFile=docker/Dockerfile.prod"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> AdditionalFiles(string folder, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "msbuild", "app.proj", "-getItem:AdditionalFiles", "-nologo" }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + error.Result);
        using var json = JsonDocument.Parse(output);
        // The project file is an additional file too (the SDK container rules read it); these tests are about Dockerfiles.
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(i => !(i.TryGetProperty("NotNativeProjectFile", out var project) && project.GetString() == "true"))
            .Select(i => i.GetProperty("Filename").GetString() + i.GetProperty("Extension").GetString() + "="
                + (i.TryGetProperty("NotNativeProjectDockerfile", out var marked) ? marked.GetString() : string.Empty))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
    }
}
