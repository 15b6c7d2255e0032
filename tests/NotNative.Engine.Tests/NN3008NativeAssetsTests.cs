using System.Text.Json;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Engine.Native;

namespace NotNative.Engine.Tests;

/// <summary>NN3008 over assets files restore wrote for real packages (AssetsFiles/README.md), without a restore.</summary>
public sealed class NN3008NativeAssetsTests : IDisposable
{
    private const string Debian = "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . /app\n";
    private const string Alpine = "FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\nCOPY . /app\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-nn3008-" + Guid.NewGuid().ToString("N")[..12]);

    public NN3008NativeAssetsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The fixture with its project path pointing at a project file that references <paramref name="packages"/>, one a line.</summary>
    private string Fixture(string name, params string[] packages)
    {
        var project = Path.Combine(_folder, "App.csproj");
        var references = string.Concat(packages.Select(p => $"    <PackageReference Include=\"{p}\" Version=\"1.0.0\" />\n"));
        File.WriteAllText(project, $"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n{references}  </ItemGroup>\n</Project>\n");
        var text = File.ReadAllText(Path.Combine(NotNative.Tests.RepositoryPaths.Root, "tests", "NotNative.Engine.Tests", "AssetsFiles", name))
            .Replace("\"/src/App/App.csproj\"", JsonSerializer.Serialize(project), StringComparison.Ordinal);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static ContainerRuntime Container(string dockerfile = Debian, string? containerRid = null, string? runtimeIdentifier = null, string? targetArchitecture = null, string? engineArchitecture = null) =>
        ContainerRuntime.Resolve(containerRid, runtimeIdentifier, DockerfileLinter.Lint(dockerfile).Model.FinalStage, targetArchitecture, engineArchitecture)!;

    private static List<BuildFinding> Findings(string assetsFile, ContainerRuntime container)
    {
        var assets = ProjectAssets.Read(assetsFile, out var problem);
        Assert.Null(problem);
        return MissingNativeAssetsCheck.Evaluate(assets!, container).ToList();
    }

    [Fact]
    public void SkiaSharp_alone_in_a_linux_x64_container_is_reported_on_its_PackageReference_with_the_companion()
    {
        var finding = Assert.Single(Findings(Fixture("skiasharp-2.88.9.assets.json", "SkiaSharp"), Container()));

        Assert.Equal("NN3008", finding.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(Path.Combine(_folder, "App.csproj"), finding.File);
        Assert.Equal((3, 5), (finding.Line, finding.Column));
        Assert.Contains("'libSkiaSharp' for osx, win-arm64, win-x64, win-x86 only", finding.Message);
        Assert.Contains("through SkiaSharp -> SkiaSharp.NativeAssets.Win32 (and SkiaSharp.NativeAssets.macOS)", finding.Message);
        Assert.Contains("linux-x64", finding.Message);
        Assert.Contains("Unable to load shared library 'libSkiaSharp'", finding.Message);
        Assert.Contains("Add a PackageReference to SkiaSharp.NativeAssets.Linux.NoDependencies", finding.Message);
    }

    [Theory]
    [InlineData(Debian, null)]
    [InlineData(Alpine, null)]
    [InlineData(Debian, "arm64")]
    [InlineData(Debian, "arm")]
    public void SkiaSharp_with_its_Linux_NoDependencies_companion_is_clean(string dockerfile, string? architecture) =>
        Assert.Empty(Findings(Fixture("skiasharp-2.88.9-nodependencies.assets.json", "SkiaSharp", "SkiaSharp.NativeAssets.Linux.NoDependencies"),
            Container(dockerfile, engineArchitecture: architecture)));

    [Fact]
    public void The_companion_of_2_88_9_has_no_musl_arm64_build_so_the_message_names_none_there()
    {
        var finding = Assert.Single(Findings(Fixture("skiasharp-2.88.9-nodependencies.assets.json", "SkiaSharp", "SkiaSharp.NativeAssets.Linux.NoDependencies"),
            Container(Alpine, engineArchitecture: "aarch64")));

        Assert.Contains("linux-musl-arm64", finding.Message);
        Assert.DoesNotContain("Add a PackageReference", finding.Message);
    }

    [Fact]
    public void A_transitive_SkiaSharp_is_reported_on_the_direct_reference_naming_the_chain_and_HarfBuzzSharp_names_its_companion()
    {
        var findings = Findings(Fixture("skiasharp.harfbuzz-2.88.9.assets.json", "SkiaSharp.HarfBuzz"), Container());

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((3, 5), (f.Line, f.Column)));
        Assert.Contains(findings, f => f.Message.Contains("through SkiaSharp.HarfBuzz -> SkiaSharp -> SkiaSharp.NativeAssets.Win32", StringComparison.Ordinal)
                                       && f.Message.Contains("SkiaSharp.NativeAssets.Linux.NoDependencies", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("through SkiaSharp.HarfBuzz -> HarfBuzzSharp -> HarfBuzzSharp.NativeAssets.Win32", StringComparison.Ordinal)
                                       && f.Message.Contains("Add a PackageReference to HarfBuzzSharp.NativeAssets.Linux", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dependency_the_project_file_does_not_name_is_reported_on_the_project_file_with_the_chain()
    {
        // SkiaSharp comes from Directory.Build.props, say: the project file has no line for it.
        var finding = Assert.Single(Findings(Fixture("skiasharp.harfbuzz-2.88.9.assets.json"), Container()), f => f.Message.Contains("libSkiaSharp", StringComparison.Ordinal));

        Assert.Equal(Path.Combine(_folder, "App.csproj"), finding.File);
        Assert.Equal(0, finding.Line);
        Assert.StartsWith("The project's dependency SkiaSharp.HarfBuzz brings, through SkiaSharp.HarfBuzz -> SkiaSharp -> SkiaSharp.NativeAssets.Win32", finding.Message);
    }

    [Fact]
    public void A_package_that_comes_through_a_project_reference_is_reported_on_the_project_file_with_the_chain()
    {
        var project = Path.Combine(_folder, "App.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <ProjectReference Include=\"../Imaging/Imaging.csproj\" />\n  </ItemGroup>\n</Project>\n");
        var json = $$"""
            {
              "version": 3,
              "targets": { "net8.0": {
                "Imaging/1.0.0": { "type": "project", "dependencies": { "SkiaSharp.NativeAssets.macOS": "2.88.9" } },
                "SkiaSharp.NativeAssets.macOS/2.88.9": { "type": "package", "runtimeTargets": { "runtimes/osx/native/libSkiaSharp.dylib": { "assetType": "native", "rid": "osx" } } }
              } },
              "project": { "restore": { "projectPath": {{JsonSerializer.Serialize(project)}} }, "frameworks": { "net8.0": { "targetAlias": "net8.0" } } }
            }
            """;

        var assets = ProjectAssets.Parse(System.Text.Encoding.UTF8.GetBytes(json), out _)!;
        var finding = Assert.Single(MissingNativeAssetsCheck.Evaluate(assets, Container()));

        Assert.Equal((project, 0), (finding.File, finding.Line));
        Assert.StartsWith("The project's dependency Imaging brings, through Imaging -> SkiaSharp.NativeAssets.macOS, the native library 'libSkiaSharp' for osx only", finding.Message);
    }

    [Fact]
    public void HarfBuzzSharp_and_SkiaSharp_Linux_companions_are_clean() =>
        Assert.Empty(Findings(Fixture("harfbuzzsharp-7.3.0.3-linux.assets.json", "HarfBuzzSharp", "HarfBuzzSharp.NativeAssets.Linux", "SkiaSharp.NativeAssets.Linux"), Container()));

    [Fact]
    public void Glibc_only_packages_in_an_Alpine_container_are_reported_with_the_image_fix()
    {
        var packages = new[] { "Grpc.Core", "LibGit2Sharp.NativeBinaries", "Microsoft.Data.SqlClient", "Microsoft.Azure.Cosmos", "SQLitePCLRaw.lib.e_sqlite3", "Microsoft.ML.OnnxRuntime" };
        var findings = Findings(Fixture("native-packages.assets.json", packages), Container(Alpine));

        // LibGit2Sharp and e_sqlite3 ship linux-musl-x64; SqlClient's SNI is Windows-only; Cosmos falls back to the gateway.
        Assert.Equal(new[] { (3, "Grpc.Core"), (8, "Microsoft.ML.OnnxRuntime") }, findings.Select(f => (f.Line, f.Message.Split(' ')[2])).ToArray());
        Assert.All(findings, f => Assert.Contains("linked against glibc, which Alpine (musl) does not have", f.Message));
        Assert.Contains("'libonnxruntime', 'libonnxruntime_providers_shared'", findings[1].Message);
        Assert.Contains("linux-musl-x64 (the final image 'mcr.microsoft.com/dotnet/aspnet:8.0-alpine' is Alpine, with musl", findings[0].Message);
    }

    [Theory]
    [InlineData("amd64")]
    [InlineData("arm64")]
    public void The_same_packages_in_a_Debian_container_are_clean(string architecture)
    {
        var packages = new[] { "Grpc.Core", "LibGit2Sharp.NativeBinaries", "Microsoft.Data.SqlClient", "Microsoft.Azure.Cosmos", "SQLitePCLRaw.lib.e_sqlite3", "Microsoft.ML.OnnxRuntime" };
        Assert.Empty(Findings(Fixture("native-packages.assets.json", packages), Container(engineArchitecture: architecture)));
    }

    [Theory]
    [InlineData(Alpine, "amd64")]
    [InlineData(Alpine, "arm64")]
    [InlineData(Debian, "arm64")]
    public void Musl_builds_in_their_own_folder_or_named_for_Alpine_in_the_glibc_folder_are_clean(string dockerfile, string architecture) =>
        Assert.Empty(Findings(Fixture("kafka-temporalio-playwright.assets.json", "Confluent.Kafka", "Temporalio", "Microsoft.Playwright"),
            Container(dockerfile, engineArchitecture: architecture)));

    [Fact]
    public void An_x64_only_package_in_a_linux_arm64_container_is_reported()
    {
        var assets = Fixture("grpc.core-2.25.0.assets.json", "Grpc.Core");

        var finding = Assert.Single(Findings(assets, Container(engineArchitecture: "aarch64")));
        Assert.Contains("'libgrpc_csharp_ext' for linux (x64), linux (x86), osx (x64), osx (x86), win (x64), win (x86) only", finding.Message);
        Assert.Contains("linux-arm64", finding.Message);
        Assert.Empty(Findings(assets, Container(engineArchitecture: "x86_64")));
    }

    [Fact]
    public void A_Windows_container_runtime_identifier_is_no_Linux_container_to_check()
    {
        Assert.Null(ContainerRuntime.Resolve("win-x64", null, null, null, null));
        Assert.Null(ContainerRuntime.Resolve("rhel.8-x64", null, null, null, null));
        Assert.Null(ContainerRuntime.Resolve("linux-bionic-arm64", null, null, null, null));
    }

    [Fact]
    public void The_container_RID_comes_from_ContainerRuntimeIdentifier_then_a_Linux_RuntimeIdentifier_then_the_image_and_architecture()
    {
        Assert.Equal("linux-arm64", Container(Alpine, containerRid: "linux-arm64", runtimeIdentifier: "linux-musl-x64").Rid);
        Assert.Equal("linux-musl-x64", Container(Debian, runtimeIdentifier: "linux-musl-x64").Rid);
        Assert.Equal("linux-x64", Container(Debian, runtimeIdentifier: "win-x64").Rid);
        Assert.Equal("linux-musl-arm64", Container(Alpine, targetArchitecture: "arm64", engineArchitecture: "amd64").Rid);
        Assert.Equal("linux-x64", Container("FROM alpine:3.20 AS build\nFROM debian:12-slim\n", engineArchitecture: "x86_64").Rid);
        Assert.Equal("linux-musl-x64", Container("FROM alpine:3.20 AS base\nFROM base AS final\n").Rid);
        Assert.Equal("linux-x64", Container("FROM $BASE\n").Rid);
        Assert.Contains("assumed", Container().Reason);
    }

    [Fact]
    public void The_RID_graph_keeps_glibc_builds_from_musl_and_other_architectures_out()
    {
        var musl = Container(Alpine);
        Assert.True(musl.CanUse("linux-musl-x64"));
        Assert.True(musl.CanUse("linux-musl"));
        Assert.True(musl.CanUse("linux"));
        Assert.True(musl.CanUse("unix"));
        Assert.True(musl.CanUse("any"));
        Assert.False(musl.CanUse("linux-x64"));
        Assert.False(musl.CanUse("linux-musl-arm64"));

        var arm64 = Container(engineArchitecture: "arm64");
        Assert.True(arm64.CanUse("linux-arm64"));
        Assert.False(arm64.CanUse("linux-x64"));
        Assert.False(arm64.CanUse("linux-musl-arm64"));
        Assert.False(arm64.CanUse("linux", fileArchitecture: "x64"));
        Assert.False(arm64.CanUse("osx-arm64"));
    }

    [Theory]
    [InlineData("runtimes/osx/native/libSkiaSharp.dylib", "skiasharp", null)]
    [InlineData("runtimes/win-x64/native/libSkiaSharp.dll", "skiasharp", null)]
    [InlineData("runtimes/linux-x64/native/libSkiaSharp.so", "skiasharp", null)]
    [InlineData("runtimes/linux/native/libgrpc_csharp_ext.x64.so", "grpc_csharp_ext", "x64")]
    [InlineData("runtimes/win-x86/native/grpc_csharp_ext.x86.dll", "grpc_csharp_ext", "x86")]
    [InlineData("runtimes/linux-x64/native/libfoo.so.1.2", "foo", null)]
    [InlineData("runtimes/win-x64/native/Microsoft.Data.SqlClient.SNI.dll", "microsoft.data.sqlclient.sni", null)]
    [InlineData("runtimes/ios/native/onnxruntime.xcframework.zip", "onnxruntime", null)]
    public void Library_names_match_across_platforms(string path, string name, string? architecture)
    {
        Assert.Equal(name, NativeLibraryName.Of(path));
        Assert.Equal(architecture, NativeLibraryName.ArchitectureOf(path));
    }

    [Theory]
    [InlineData("<PackageReference Include=\"SkiaSharp\" Version=\"2.88.9\" />", 1, 1)]
    [InlineData("<ItemGroup>\n  <PackageReference\n      Version=\"2.88.9\"\n      Include='skiasharp' />", 2, 3)]
    [InlineData("<PackageReference Include=\"SkiaSharp.Views\" />\n<PackageReference Include=\"Other;SkiaSharp\" />", 2, 1)]
    [InlineData("<PackageReference Update=\"SkiaSharp\" />\n<PackageReference Include=\"SkiaSharp.Extended\" />", 0, 0)]
    [InlineData("<PackageReference NotInclude=\"SkiaSharp\" />", 0, 0)]
    [InlineData("<PackageReference Include=\"SkiaSharp\"", 0, 0)]
    public void The_PackageReference_line_is_found_as_MSBuild_reads_the_attribute(string project, int line, int column) =>
        Assert.Equal((line, column), MissingNativeAssetsCheck.PackageReferenceLine(project, "SkiaSharp"));

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("{\"targets\": 3, \"project\": []}")]
    [InlineData("{\"targets\": {\"net8.0\": {\"A/1.0\": {\"runtimeTargets\": {\"runtimes/osx/native/libA.dylib\": {\"rid\": 7}}}}}}")]
    public void Odd_or_malformed_assets_files_give_no_finding_and_no_exception(string json)
    {
        var assets = ProjectAssets.Parse(System.Text.Encoding.UTF8.GetBytes(json), out var problem);
        if (assets == null)
        {
            Assert.StartsWith("is not valid JSON", problem);
            return;
        }

        Assert.Empty(MissingNativeAssetsCheck.Evaluate(assets, Container()));
    }

    [Fact]
    public void The_build_check_reads_the_assets_file_once_reports_NN3008_and_keeps_the_file_as_an_input()
    {
        var assets = Fixture("skiasharp-2.88.9.assets.json", "SkiaSharp");
        var dockerfile = Path.Combine(_folder, "Dockerfile");
        File.WriteAllText(dockerfile, Debian);
        var check = new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null) { ProjectAssetsFile = assets };

        var finding = Assert.Single(check.Check(dockerfile, _folder, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux }, null, CancellationToken.None));
        Assert.Equal("NN3008", finding.Id);
        Assert.Contains(Path.GetFullPath(assets), check.FilesRead);

        // A Windows container (its RID, or a Windows final image) has nothing to check.
        Assert.Empty(new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null) { ProjectAssetsFile = assets }
            .Check(dockerfile, _folder, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux }, "win-x64", CancellationToken.None));
        File.WriteAllText(dockerfile, "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\n");
        Assert.Empty(new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null) { ProjectAssetsFile = assets }
            .Check(dockerfile, _folder, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Windows }, null, CancellationToken.None));
    }

    [Fact]
    public void An_assets_file_that_is_not_JSON_is_a_quiet_note_and_a_missing_one_is_nothing()
    {
        var dockerfile = Path.Combine(_folder, "Dockerfile");
        File.WriteAllText(dockerfile, Debian);
        var broken = Path.Combine(_folder, "project.assets.json");
        File.WriteAllText(broken, "{ \"targets\": ");
        var check = new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null) { ProjectAssetsFile = broken };

        var note = Assert.Single(check.Check(dockerfile, _folder, new DockerfileAnalysisOptions(), null, CancellationToken.None));
        Assert.Equal(RuleSeverity.Hidden, note.Severity);
        Assert.StartsWith("The assets file is not valid JSON", note.Message);

        Assert.Empty(new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null) { ProjectAssetsFile = Path.Combine(_folder, "missing.json") }
            .Check(dockerfile, _folder, new DockerfileAnalysisOptions(), null, CancellationToken.None));
    }
}
