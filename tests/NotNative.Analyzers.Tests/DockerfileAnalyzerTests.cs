using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotNative.Analyzers.Dockerfiles;

namespace NotNative.Analyzers.Tests;

/// <summary>The analyzer over AdditionalFiles: exact locations, the target OS from build_property.*, no AD0001.</summary>
public class DockerfileAnalyzerTests
{
    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }

    private sealed class OptionsProvider(Dictionary<string, string> global, Dictionary<string, string>? file = null) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(file ?? new());
    }

    // One reference object for every compilation: Roslyn then builds the core library's symbols once, not once a test input.
    private static readonly MetadataReference CoreLibrary = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);

    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string path, string dockerfile, Dictionary<string, string>? properties = null, string source = "class C { }", Dictionary<string, string>? fileMetadata = null, DiagnosticAnalyzer? analyzer = null)
    {
        var compilation = CSharpCompilation.Create("MyApp",
            new[] { CSharpSyntaxTree.ParseText(source) },
            new[] { CoreLibrary },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, dockerfile)),
            new OptionsProvider(properties ?? new(), fileMetadata));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer ?? new DockerfileAnalyzer()), options);
        return await withAnalyzers.GetAllDiagnosticsAsync();
    }

    [Fact]
    public async Task NN2001_is_reported_on_the_Dockerfile_with_its_exact_span()
    {
        var diagnostics = await AnalyzeAsync("/src/app/Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NN2001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/src/app/Dockerfile", span.Path);
        Assert.Equal(0, span.StartLinePosition.Line);
        Assert.Equal(5, span.StartLinePosition.Character);
        Assert.Equal(50, span.EndLinePosition.Character);
        Assert.EndsWith("docs/rules/NN2001.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_OS_comes_from_build_properties()
    {
        var properties = new Dictionary<string, string> { ["build_property.DockerDefaultTargetOS"] = "Windows" };

        Assert.Empty(await AnalyzeAsync("/src/Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n", properties));
        Assert.Equal("NN2002", Assert.Single(await AnalyzeAsync("/src/Dockerfile", "FROM alpine:3.20\n", properties)).Id);
    }

    [Fact]
    public async Task Container_RID_sets_the_target_OS_when_SDK_container_support_is_on()
    {
        var properties = new Dictionary<string, string>
        {
            ["build_property.EnableSdkContainerSupport"] = "true",
            ["build_property.ContainerRuntimeIdentifier"] = "win-x64",
        };

        Assert.Equal("NN2002", Assert.Single(await AnalyzeAsync("/src/Dockerfile", "FROM alpine:3.20\n", properties)).Id);
    }

    [Fact]
    public async Task Assembly_name_comes_from_the_compilation()
    {
        var diagnostics = await AnalyzeAsync("/src/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"myapp.dll\"]\n");
        Assert.Equal("NN2011", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("/src/appsettings.json")]
    [InlineData("/src/Dockerfile.dockerignore")]
    [InlineData("/src/README.md")]
    public async Task Other_additional_files_are_ignored(string path)
    {
        Assert.Empty(await AnalyzeAsync(path, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"));
    }

    [Theory]
    [InlineData("/src/Dockerfile.windows")]
    [InlineData("/src/api.Dockerfile")]
    [InlineData("/src/dockerfile")]
    public async Task Dockerfile_names_are_recognised(string path)
    {
        Assert.Equal("NN2003", Assert.Single(await AnalyzeAsync(path, "FROM alpine\nWORKDIR C:\\app\n")).Id);
    }

    private const string ServerCore = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n";

    [Theory]
    [InlineData("/src/Dockerfile.nanoserver", null)] // no metadata: only a file named Dockerfile is the project's
    [InlineData("/src/Dockerfile.windowsservercore", "false")]
    [InlineData("/src/Dockerfile", "false")] // DockerfileFile names another file
    public async Task A_Windows_Dockerfile_the_project_does_not_build_is_checked_as_Windows(string path, string? marked)
    {
        var metadata = marked == null ? null : new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NotNativeProjectDockerfile"] = marked };
        Assert.Empty(await AnalyzeAsync(path, ServerCore, fileMetadata: metadata));
    }

    [Theory]
    [InlineData("/src/Dockerfile", null)]
    [InlineData("/src/Dockerfile.windows", "true")] // DockerfileFile=Dockerfile.windows
    public async Task The_Dockerfile_the_project_builds_is_held_to_its_target_OS(string path, string? marked)
    {
        var metadata = marked == null ? null : new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NotNativeProjectDockerfile"] = marked };
        Assert.Equal("NN2001", Assert.Single(await AnalyzeAsync(path, ServerCore, fileMetadata: metadata)).Id);
    }

    [Fact]
    public async Task Hostile_input_never_raises_AD0001()
    {
        var random = new Random(7);
        var alphabet = "FROM RUN COPY ENV ARG \\`\"'[]{}<<EOF\n\r\t $:=-#/.C:\\x".ToCharArray();
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var diagnostics = await AnalyzeAsync("/src/Dockerfile", new string(chars));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }
}
