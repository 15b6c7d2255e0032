using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NotNative.Analyzers.Tests;

/// <summary>
/// Analyzer and code-fix tests in the style of Microsoft.CodeAnalysis.Testing: <c>{|NN1001:text|}</c> marks where a
/// diagnostic is expected; build properties arrive as build_property.* global options, as CompilerVisibleProperty
/// gives them. References are the running runtime's assemblies, so the tests need no download.
/// </summary>
internal static class CSharpVerifier
{
    public static readonly Dictionary<string, string> LinuxContainer = new() { ["build_property.DockerDefaultTargetOS"] = "Linux" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("Microsoft.Win32", StringComparison.Ordinal)
                    || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    private static readonly Regex Markup = new(@"\{\|(?<id>NN[0-9]{4}):(?<text>.*?)\|\}", RegexOptions.Singleline);

    public static (string Source, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var expected = new List<(string, TextSpan)>();
        var source = Markup.Replace(markup, match =>
        {
            var start = match.Index - Offset(markup, match.Index);
            expected.Add((match.Groups["id"].Value, new TextSpan(start, match.Groups["text"].Length)));
            return match.Groups["text"].Value;
        });
        return (source, expected);
    }

    /// <summary>How many markup characters stand before <paramref name="index"/>.</summary>
    private static int Offset(string markup, int index)
    {
        var removed = 0;
        foreach (Match match in Markup.Matches(markup))
        {
            if (match.Index >= index)
            {
                break;
            }

            removed += match.Length - match.Groups["text"].Length;
        }

        return removed;
    }

    public static Project CreateProject(string source, Dictionary<string, string>? properties, Dictionary<string, string>? additionalFiles = null, AdhocWorkspace? workspace = null)
    {
        workspace ??= new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "MyApp", "MyApp", LanguageNames.CSharp)
            .WithMetadataReferences(References.Value)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest)));
        project = project.AddDocument("Test.cs", SourceText.From(source), filePath: "/src/Test.cs").Project;
        var config = "is_global = true\n" + string.Join("\n", (properties ?? new()).Select(p => $"{p.Key} = {p.Value}")) + "\n";
        project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(config), filePath: "/src/.globalconfig").Project;
        foreach (var (path, text) in additionalFiles ?? new())
        {
            project = project.AddAdditionalDocument(Path.GetFileName(path), SourceText.From(text), filePath: path).Project;
        }

        return project;
    }

    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile: " + string.Join("; ", errors));
        var all = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), project.AnalyzerOptions).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        return all.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    public static async Task VerifyAsync<TAnalyzer>(string markup, Dictionary<string, string>? properties = null, Dictionary<string, string>? additionalFiles = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var (source, expected) = Parse(markup);
        var diagnostics = await DiagnosticsAsync(CreateProject(source, properties ?? LinuxContainer, additionalFiles), new TAnalyzer());
        var actual = diagnostics.Select(d => (d.Id, d.Location.SourceSpan)).ToList();
        Assert.Equal(expected.Select(e => $"{e.Id} {source.Substring(e.Span.Start, e.Span.Length)}"), actual.Select(a => $"{a.Id} {source.Substring(a.SourceSpan.Start, a.SourceSpan.Length)}"));
    }

    /// <summary>Applies the fix to every diagnostic with Fix All in the document, and compares the text.</summary>
    public static async Task VerifyFixAsync<TAnalyzer, TFix>(string markup, string expected, Dictionary<string, string>? properties = null, FixAllScope scope = FixAllScope.Document)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var (source, _) = Parse(markup);
        var project = CreateProject(source, properties ?? LinuxContainer);
        var analyzer = new TAnalyzer();
        var diagnostics = await DiagnosticsAsync(project, analyzer);
        Assert.NotEmpty(diagnostics);
        var document = project.Documents.Single();
        var fix = new TFix();
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => actions.Add(a), CancellationToken.None));
        var action = Assert.Single(actions);
        var fixAll = fix.GetFixAllProvider()!;
        var context = new FixAllContext(document, fix, scope, action.EquivalenceKey, diagnostics.Select(d => d.Id).Distinct(), new Provider(diagnostics), CancellationToken.None);
        var fixAllAction = (await fixAll.GetFixAsync(context))!;
        var operations = await fixAllAction.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var newDocument = solution.GetDocument(document.Id)!;
        newDocument = await Microsoft.CodeAnalysis.Simplification.Simplifier.ReduceAsync(newDocument);
        Assert.Equal(expected, (await newDocument.GetTextAsync()).ToString());
        var compilation = (await newDocument.Project.GetCompilationAsync())!;
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(await DiagnosticsAsync(newDocument.Project, analyzer));
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
