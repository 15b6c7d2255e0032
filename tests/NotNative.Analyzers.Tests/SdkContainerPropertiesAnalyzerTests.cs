using NotNative.Analyzers.SdkContainer;

namespace NotNative.Analyzers.Tests;

/// <summary>The SDK container rules in the IDE and the build: at the property's line in the project file (an additional file).</summary>
public class SdkContainerPropertiesAnalyzerTests
{
    private const string ProjectPath = "/src/App/App.csproj";
    private static readonly Dictionary<string, string> ProjectFile = new() { ["build_metadata.AdditionalFiles.NotNativeProjectFile"] = "true" };

    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
            <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022</ContainerBaseImage>
            <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
          </PropertyGroup>
        </Project>
        """;

    private static Dictionary<string, string> Properties(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => "build_property." + p[0], p => p[1]);

    private static Task<System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> AnalyzeAsync(string project, Dictionary<string, string> properties, Dictionary<string, string>? metadata = null) =>
        DockerfileAnalyzerTests.AnalyzeAsync(ProjectPath, project, properties, fileMetadata: metadata ?? ProjectFile, analyzer: new SdkContainerPropertiesAnalyzer());

    [Fact]
    public async Task A_Windows_base_image_with_a_Linux_RID_is_NN2001_at_the_ContainerBaseImage_value()
    {
        var diagnostics = await AnalyzeAsync(Project, Properties("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", "RuntimeIdentifier=linux-x64"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NN2001", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ProjectPath, span.Path);
        Assert.Equal((3, 24), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", Project.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.EndsWith("docs/rules/NN2001.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_line_value_is_reported_at_the_project_file_start()
    {
        // -p:ContainerFamily=nanoserver-ltsc2022: the project file does not write it.
        var diagnostic = Assert.Single(await AnalyzeAsync(Project.Replace("nanoserver-ltsc2022", string.Empty, StringComparison.Ordinal), Properties("ContainerFamily=nanoserver-ltsc2022")));
        Assert.Equal("NN2001", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(ProjectPath, diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("NN2017", "ContainerRuntimeIdentifier=win-x64", "DockerDefaultTargetOS=Linux")]
    [InlineData("NN2018", "ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-alpine", "RuntimeIdentifier=linux-x64")]
    public async Task The_held_out_cases_are_reported(string id, string first, string second)
    {
        Assert.Equal(id, Assert.Single(await AnalyzeAsync(Project, Properties(first, second))).Id);
    }

    [Theory]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0", "RuntimeIdentifier=linux-x64")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-alpine", "RuntimeIdentifier=linux-musl-x64")]
    [InlineData("ContainerFamily=jammy-chiseled", "EnableSdkContainerSupport=true")]
    [InlineData("EnableSdkContainerSupport=true", "RuntimeIdentifier=win-x64")] // every executable: not container publishing
    public async Task The_fixed_twins_are_clean(string first, string second)
    {
        Assert.Empty(await AnalyzeAsync(Project, Properties(first, second)));
    }

    [Fact]
    public async Task Without_the_project_file_the_finding_has_no_location()
    {
        // NotNativeAnalyzeProjectFile=false: the only additional file is not the project file.
        var diagnostic = Assert.Single(await AnalyzeAsync(Project, Properties("ContainerFamily=nanoserver-ltsc2022"), new Dictionary<string, string>()));
        Assert.Equal("NN2001", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.Location.None, diagnostic.Location);
    }
}
