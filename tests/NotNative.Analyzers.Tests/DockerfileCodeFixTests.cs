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
    /// <summary>Runs <paramref name="analyzer"/> (the Dockerfile analyzer by default) on an additional file and applies the light bulb's fix.</summary>
    internal static async Task<string> FixAsync(string dockerfile, string id, string filePath = "/src/Dockerfile", DiagnosticAnalyzer? analyzer = null)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "MyApp", "MyApp", LanguageNames.CSharp)
            .WithMetadataReferences(new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }));
        project = workspace.AddDocument(project.Id, "C.cs", SourceText.From("class C { }")).Project;
        var additionalId = DocumentId.CreateNewId(project.Id);
        var solution0 = project.Solution.AddAdditionalDocument(additionalId, Path.GetFileName(filePath), SourceText.From(dockerfile), filePath: filePath);
        Assert.True(workspace.TryApplyChanges(solution0));
        project = workspace.CurrentSolution.GetProject(project.Id)!;
        var additional = project.GetAdditionalDocument(additionalId)!;

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer ?? new DockerfileAnalyzer()), project.AnalyzerOptions)
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

    [Fact]
    public async Task The_fix_applies_the_edit_the_diagnostic_carries_without_linting_again()
    {
        var (workspace, project, documentId) = await SingleDockerfileAsync("FROM alpine\nWORKDIR C:\\app\n");
        using (workspace)
        {
            var computed = (await AnalyzeAsync(project)).Single(d => d.Id == "NN2003");

            // The same diagnostic with another edit: a fix that linted again would write '/app'.
            var carried = Diagnostic.Create(computed.Descriptor, computed.Location,
                DockerfileFixProperties.Create(new NotNative.Dockerfiles.Diagnostics.DockerfileFix("Use '/srv'", new[]
                {
                    new NotNative.Dockerfiles.Diagnostics.TextEdit(new NotNative.Dockerfiles.Syntax.TextSpan(20, 6), "/srv"),
                })),
                computed.GetMessage());
            var actions = await RegisterAsync(project.GetAdditionalDocument(documentId)!, carried);
            Assert.Equal("Use '/srv'", Assert.Single(actions).Title);
            Assert.Equal("FROM alpine\nWORKDIR /srv\n", await ApplyAsync(Assert.Single(actions), documentId));
        }
    }

    [Fact]
    public async Task A_diagnostic_without_a_carried_fix_gets_no_fix()
    {
        var (workspace, project, documentId) = await SingleDockerfileAsync("FROM alpine\nWORKDIR C:\\app\n");
        using (workspace)
        {
            var computed = (await AnalyzeAsync(project)).Single(d => d.Id == "NN2003");
            var bare = Diagnostic.Create(computed.Descriptor, computed.Location, computed.GetMessage());
            Assert.Empty(await RegisterAsync(project.GetAdditionalDocument(documentId)!, bare));
        }
    }

    [Fact]
    public async Task Fix_all_in_the_project_fixes_every_Dockerfile_of_the_project_for_that_rule()
    {
        using var workspace = new AdhocWorkspace();
        var project = AddProject(workspace, "MyApp");
        var first = AddDockerfile(workspace, ref project, "/src/Dockerfile", "FROM alpine\nWORKDIR C:\\app\nCOPY x C:\\app\\x\nRUN echo C:\\temp\n");
        var second = AddDockerfile(workspace, ref project, "/src/Dockerfile.worker", "# escape=`\nFROM alpine\nWORKDIR D:\\work\n");
        var other = AddProject(workspace, "Other");
        var untouched = AddDockerfile(workspace, ref other, "/other/Dockerfile", "FROM alpine\nWORKDIR C:\\other\n");

        var solution = await FixAllAsync(workspace, project, FixAllScope.Project, "NN2003");

        Assert.Equal("FROM alpine\nWORKDIR /app\nCOPY x /app/x\nRUN echo C:\\temp\n", await TextAsync(solution, first));
        Assert.Equal("# escape=`\nFROM alpine\nWORKDIR /work\n", await TextAsync(solution, second));
        Assert.Equal("FROM alpine\nWORKDIR C:\\other\n", await TextAsync(solution, untouched));
    }

    [Fact]
    public async Task Fix_all_in_the_solution_fixes_every_project()
    {
        using var workspace = new AdhocWorkspace();
        var project = AddProject(workspace, "MyApp");
        var first = AddDockerfile(workspace, ref project, "/src/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\r\nWORKDIR /app\r\n");
        var other = AddProject(workspace, "Other");
        var second = AddDockerfile(workspace, ref other, "/other/Dockerfile", "FROM mcr.microsoft.com/dotnet/runtime:8.0-windowsservercore-ltsc2022 AS base\n");

        var solution = await FixAllAsync(workspace, project, FixAllScope.Solution, "NN2001");

        Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:8.0\r\nWORKDIR /app\r\n", await TextAsync(solution, first));
        Assert.Equal("FROM mcr.microsoft.com/dotnet/runtime:8.0 AS base\n", await TextAsync(solution, second));
    }

    [Fact]
    public void Fix_all_takes_whole_fixes_and_leaves_one_that_overlaps_for_the_next_run()
    {
        var text = SourceText.From("abcdef");
        var fixes = new[]
        {
            ImmutableArray.Create(new TextChange(new TextSpan(0, 2), "X"), new TextChange(new TextSpan(4, 1), "Y")),
            ImmutableArray.Create(new TextChange(new TextSpan(3, 1), "Z"), new TextChange(new TextSpan(4, 2), "W")),
            ImmutableArray.Create(new TextChange(new TextSpan(2, 1), "Q")),
        };
        Assert.Equal("XQdYf", DockerfileFixAllProvider.Apply(text, fixes).ToString());
    }

    [Fact]
    public void The_fix_all_provider_is_offered_for_project_and_solution()
    {
        var provider = new DockerfileCodeFixProvider().GetFixAllProvider();
        Assert.NotNull(provider);
        Assert.Equal(new[] { FixAllScope.Project, FixAllScope.Solution }, provider.GetSupportedFixAllScopes());
    }

    private static Project AddProject(AdhocWorkspace workspace, string name)
    {
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, name, name, LanguageNames.CSharp)
            .WithMetadataReferences(new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }));
        return workspace.AddDocument(project.Id, "C.cs", SourceText.From("class C { }")).Project;
    }

    private static DocumentId AddDockerfile(AdhocWorkspace workspace, ref Project project, string path, string text)
    {
        var id = DocumentId.CreateNewId(project.Id);
        Assert.True(workspace.TryApplyChanges(workspace.CurrentSolution.AddAdditionalDocument(id, Path.GetFileName(path), SourceText.From(text), filePath: path)));
        project = workspace.CurrentSolution.GetProject(project.Id)!;
        return id;
    }

    private static async Task<(AdhocWorkspace Workspace, Project Project, DocumentId Dockerfile)> SingleDockerfileAsync(string text)
    {
        var workspace = new AdhocWorkspace();
        var project = AddProject(workspace, "MyApp");
        var id = AddDockerfile(workspace, ref project, "/src/Dockerfile", text);
        return await Task.FromResult((workspace, project, id));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DockerfileAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<List<CodeAction>> RegisterAsync(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await new DockerfileCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static async Task<string> ApplyAsync(CodeAction action, DocumentId documentId)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return await TextAsync(operations.OfType<ApplyChangesOperation>().Single().ChangedSolution, documentId);
    }

    private static async Task<string> TextAsync(Solution solution, DocumentId documentId) =>
        (await solution.GetAdditionalDocument(documentId)!.GetTextAsync()).ToString();

    private static async Task<Solution> FixAllAsync(AdhocWorkspace workspace, Project project, FixAllScope scope, string id)
    {
        var provider = new DockerfileCodeFixProvider();
        var diagnostics = new Dictionary<ProjectId, ImmutableArray<Diagnostic>>();
        foreach (var each in workspace.CurrentSolution.Projects)
        {
            diagnostics[each.Id] = await AnalyzeAsync(each);
        }

        var context = new FixAllContext(workspace.CurrentSolution.GetProject(project.Id)!, provider, scope, "DockerfileCodeFixProvider:" + id,
            new[] { id }, new ComputedDiagnostics(diagnostics), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    /// <summary>The diagnostics the analyzer reported, as the IDE's Fix All hands them over.</summary>
    private sealed class ComputedDiagnostics(Dictionary<ProjectId, ImmutableArray<Diagnostic>> byProject) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(byProject[project.Id]);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
