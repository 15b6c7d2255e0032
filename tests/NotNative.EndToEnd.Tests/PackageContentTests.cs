using System.IO.Compression;

namespace NotNative.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public class PackageContentTests(PackedPackage package)
{
    private static List<string> Files(string packagePath)
    {
        using var zip = ZipFile.OpenRead(packagePath);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Package_holds_exactly_the_expected_files()
    {
        var files = Files(package.PackagePath);

        Assert.Equal(new[]
        {
            "LICENSE",
            "NotNative.nuspec",
            "README.md",
            "analyzers/dotnet/cs/NotNative.Analyzers.dll",
            "analyzers/dotnet/cs/NotNative.CodeFixes.dll",
            "analyzers/dotnet/cs/NotNative.Dockerfiles.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/NotNative.props",
            "build/NotNative.targets",
            "buildMultiTargeting/NotNative.props",
            "buildMultiTargeting/NotNative.targets",
            "tasks/net8.0/Docker.DotNet.Handler.Abstractions.dll",
            "tasks/net8.0/Docker.DotNet.LegacyHttp.dll",
            "tasks/net8.0/Docker.DotNet.NPipe.dll",
            "tasks/net8.0/Docker.DotNet.NativeHttp.dll",
            "tasks/net8.0/Docker.DotNet.Unix.dll",
            "tasks/net8.0/Docker.DotNet.dll",
            "tasks/net8.0/Microsoft.Extensions.DependencyInjection.Abstractions.dll",
            "tasks/net8.0/Microsoft.Extensions.Logging.Abstractions.dll",
            "tasks/net8.0/Microsoft.Net.Http.Client.dll",
            "tasks/net8.0/NotNative.Dockerfiles.dll",
            "tasks/net8.0/NotNative.Engine.dll",
            "tasks/net8.0/NotNative.Tasks.deps.json",
            "tasks/net8.0/NotNative.Tasks.dll",
            "tasks/net8.0/System.IO.Pipelines.dll",
            "tasks/net8.0/YamlDotNet.dll",
            "tasks/net8.0/notnative-check.deps.json",
            "tasks/net8.0/notnative-check.dll",
            "tasks/net8.0/notnative-check.runtimeconfig.json",
            "tasks/netstandard2.0/NotNative.Tasks.Tool.dll",
        }, files);
    }

    [Fact]
    public void Package_packed_with_artifacts_output_holds_the_same_files()
    {
        // Every project builds into <ArtifactsPath>/bin/<project>/release/: the package asks each where its output is.
        var artifacts = Path.Combine(package.Root, "artifacts");
        var feed = Path.Combine(package.Root, "artifacts-feed");
        var project = Path.Combine(NotNative.Tests.RepositoryPaths.Root, "build", "NotNative.Package");
        var (exitCode, output) = Dotnet.Run(package.Root, "pack", project, "-c", "Release", "-o", feed, $"-p:Version={package.Version}",
            "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={artifacts}", "--nologo");
        Assert.True(exitCode == 0, output);

        Assert.True(File.Exists(Path.Combine(artifacts, "bin", "NotNative.Tasks", "release", "NotNative.Tasks.dll")), output);
        Assert.Equal(Files(package.PackagePath), Files(Path.Combine(feed, $"NotNative.{package.Version}.nupkg")));
    }

    [Fact]
    public void Package_is_a_development_dependency_without_lib()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("NotNative.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal));
    }
}
