using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotNative.Analyzers.Dockerfiles;
using NotNative.CodeFixes;

namespace NotNative.Analyzers.Tests;

/// <summary>The light-bulb fix on the Dockerfile (an additional document), run through a real Roslyn workspace.</summary>
public class DockerfileCodeFixTests
{
    private static async Task<string> FixAsync(string dockerfile, string id)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "MyApp", "MyApp", LanguageNames.CSharp)
            .WithMetadataReferences(new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }));
        project = workspace.AddDocument(project.Id, "C.cs", SourceText.From("class C { }")).Project;
        var additionalId = DocumentId.CreateNewId(project.Id);
        var solution0 = project.Solution.AddAdditionalDocument(additionalId, "Dockerfile", SourceText.From(dockerfile), filePath: "/src/Dockerfile");
        Assert.True(workspace.TryApplyChanges(solution0));
        project = workspace.CurrentSolution.GetProject(project.Id)!;
        var additional = project.GetAdditionalDocument(additionalId)!;

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DockerfileAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.Single(d => d.Id == id);

        var actions = new List<CodeAction>();
        var provider = new DockerfileCodeFixProvider();
        Assert.Contains(id, provider.FixableDiagnosticIds);
        var context = new CodeFixContext(additional, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);

        var operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var text = await solution.GetAdditionalDocument(additional.Id)!.GetTextAsync();
        return text.ToString();
    }

    [Fact]
    public async Task NN2001_fix_swaps_to_the_Linux_image_keeping_CRLF()
    {
        var fixedText = await FixAsync("FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022 AS base\r\nWORKDIR /app\r\n", "NN2001");
        Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\r\nWORKDIR /app\r\n", fixedText);
    }

    [Fact]
    public async Task NN2003_fix_writes_the_POSIX_path()
    {
        Assert.Equal("FROM alpine\nWORKDIR /app/src\n", await FixAsync("FROM alpine\nWORKDIR C:\\app\\src\n", "NN2003"));
    }

    [Fact]
    public async Task NN2011_fix_uses_the_assembly_name_of_the_project()
    {
        Assert.Equal("FROM alpine\nENTRYPOINT [\"dotnet\", \"MyApp.dll\"]\n",
            await FixAsync("FROM alpine\nENTRYPOINT [\"dotnet\", \"myapp.dll\"]\n", "NN2011"));
    }

    [Fact]
    public async Task NN2006_fix_removes_the_directive_and_converts_continuations()
    {
        Assert.Equal("FROM alpine\nRUN apk add a \\\n  b\n", await FixAsync("# escape=`\nFROM alpine\nRUN apk add a `\n  b\n", "NN2006"));
    }

    [Fact]
    public async Task NN2013_fix_removes_the_pin_from_the_runtime_stage()
    {
        Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY app /app\n",
            await FixAsync("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY app /app\n", "NN2013"));
    }

    [Fact]
    public async Task NN2014_fix_downloads_for_TARGETARCH()
    {
        Assert.Equal("FROM alpine:3.20\nARG TARGETARCH\nRUN wget https://dl.k8s.io/release/v1.28.0/bin/linux/${TARGETARCH}/kubectl\n",
            await FixAsync("FROM alpine:3.20\nRUN wget https://dl.k8s.io/release/v1.28.0/bin/linux/amd64/kubectl\n", "NN2014"));
    }

    [Fact]
    public async Task NN2015_fix_publishes_for_TARGETARCH()
    {
        Assert.Equal(
            "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH --self-contained -o /app\n\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n",
            await FixAsync("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-x64 --self-contained -o /app\n\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n", "NN2015"));
    }
}
