using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Analyzers.CSharp;
using NotNative.Analyzers.Tests.Verifiers;
using NotNative.CodeFixes;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>
/// Every code fix handles every diagnostic its analyzer offers it for, and Fix All works at document, project and
/// solution scope: as Microsoft.CodeAnalysis.Testing drives it (the first fixable diagnostic's action), and as
/// `dotnet format analyzers` drives it: the equivalence key of the first diagnostic's action (none when the first
/// diagnostic has no fix), over all diagnostics of the id.
/// </summary>
public class CodeFixCoverageTests
{
    private const string Nn1003Source = """""
        using System.IO;
        class C
        {
            void M(string root, string folder, string name, string y)
            {
                File.ReadAllText({|#0:$@"{root}\logs\app.log"|});
                File.ReadAllText({|#1:"config\\appsettings.json"|});
                File.ReadAllText({|#2:@"wwwroot\css\site.css"|});
                File.ReadAllText({|#3:$"{root}\\logs\\{name}\n"|});
                File.ReadAllText({|#4:folder + "\\" + name|});
                File.ReadAllText({|#5:folder + @"\logs\" + name|});
                File.ReadAllText({|#6:""""
                    data\raw.json
                    """"|});
                File.ReadAllText($@"C:\data\{y}\a.json");
            }
        }
        """"";

    private const string Nn1003Fixed = """""
        using System.IO;
        class C
        {
            void M(string root, string folder, string name, string y)
            {
                File.ReadAllText($@"{root}/logs/app.log");
                File.ReadAllText("config/appsettings.json");
                File.ReadAllText(@"wwwroot/css/site.css");
                File.ReadAllText($"{root}/logs/{name}\n");
                File.ReadAllText(folder + "/" + name);
                File.ReadAllText(folder + @"/logs/" + name);
                File.ReadAllText(""""
                    data/raw.json
                    """");
                File.ReadAllText($@"C:\data\{y}\a.json");
            }
        }
        """"";

    private const string Nn1009Source = """
        using System;
        class C
        {
            string A() => {|#0:Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles)|};
            string B() => {|#1:Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)|};
            string D() => {|#2:Environment.GetFolderPath(Environment.SpecialFolder.Desktop, Environment.SpecialFolderOption.None)|};
        }
        """;

    private const string Nn1009Fixed = """
        using System;
        class C
        {
            string A() => {|#0:Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles)|};
            string B() => Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create);
            string D() => Environment.GetFolderPath(Environment.SpecialFolder.Desktop, Environment.SpecialFolderOption.Create);
        }
        """;

    private const string Nn1004Source = """
        using System.IO;
        class C
        {
            const string Name = "AppSettings.json";
            void M()
            {
                File.ReadAllText({|#0:Name|});
                File.ReadAllText({|#1:"config/AppSettings.json"|});
                File.ReadAllText({|#2:@"Appsettings.JSON"|});
            }
        }
        """;

    private const string Nn1004Fixed = """
        using System.IO;
        class C
        {
            const string Name = "AppSettings.json";
            void M()
            {
                File.ReadAllText({|#0:Name|});
                File.ReadAllText("config/appsettings.json");
                File.ReadAllText(@"appsettings.json");
            }
        }
        """;

    private const string Nn1010Source = """
        using System;
        class C
        {
            const string Eastern = "Eastern Standard Time";
            TimeZoneInfo A() => TimeZoneInfo.FindSystemTimeZoneById({|#0:Eastern|});
            TimeZoneInfo B() => TimeZoneInfo.FindSystemTimeZoneById({|#1:"W. Europe Standard Time"|});
            DateTime D(DateTime now) => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, {|#2:"Tokyo Standard Time"|});
        }
        """;

    private const string Nn1010Fixed = """
        using System;
        class C
        {
            const string Eastern = "Eastern Standard Time";
            TimeZoneInfo A() => TimeZoneInfo.FindSystemTimeZoneById({|#0:Eastern|});
            TimeZoneInfo B() => TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
            DateTime D(DateTime now) => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, "Asia/Tokyo");
        }
        """;

    public static TheoryData<string, FixAllScope> Cases()
    {
        var data = new TheoryData<string, FixAllScope>();
        foreach (var id in new[] { "NN1003", "NN1004", "NN1009", "NN1010" })
        {
            foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
            {
                data.Add(id, scope);
            }
        }

        return data;
    }

    private static readonly IReadOnlyDictionary<string, string> Properties = BuildProperties.LinuxContainer.With("NotNativeProjectFiles", "appsettings.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Each_fix_and_Fix_All_at_each_scope_give_the_fixed_source(string id, FixAllScope scope)
    {
        // The framework also applies the single fix diagnostic by diagnostic; the other two scopes are the other cases.
        var otherScopes = scope switch
        {
            FixAllScope.Document => CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            FixAllScope.Project => CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            _ => CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
        };
        return id switch
        {
            // Every literal with a backslash separator is fixed.
            "NN1003" => CSharpCodeFixVerifier<BackslashPathSeparatorAnalyzer, PathLiteralCodeFixProvider>.VerifyFixAsync(
                Nn1003Source, Properties, At<BackslashPathSeparatorAnalyzer>("NN1003", 7), Nn1003Fixed, Array.Empty<DiagnosticResult>(), otherScopes),
            // A constant's name is not a literal to rewrite: it stays reported.
            "NN1004" => CSharpCodeFixVerifier<FileNameCaseMismatchAnalyzer, PathLiteralCodeFixProvider>.VerifyFixAsync(
                Nn1004Source, Properties, At<FileNameCaseMismatchAnalyzer>("NN1004", 3), Nn1004Fixed, At<FileNameCaseMismatchAnalyzer>("NN1004", 1), otherScopes),
            // A constant's name is not a literal to rewrite: it stays reported.
            "NN1010" => CSharpCodeFixVerifier<WindowsTimeZoneIdAnalyzer, TimeZoneIdCodeFixProvider>.VerifyFixAsync(
                Nn1010Source, Properties, At<WindowsTimeZoneIdAnalyzer>("NN1010", 3), Nn1010Fixed, At<WindowsTimeZoneIdAnalyzer>("NN1010", 1), otherScopes),
            // Linux has no ProgramFiles folder: no fix, it stays reported.
            _ => CSharpCodeFixVerifier<SpecialFolderAnalyzer, SpecialFolderCodeFixProvider>.VerifyFixAsync(
                Nn1009Source, Properties, At<SpecialFolderAnalyzer>("NN1009", 3), Nn1009Fixed, At<SpecialFolderAnalyzer>("NN1009", 1), otherScopes),
        };
    }

    /// <summary>Diagnostics at the marked locations #0 to #count-1.</summary>
    private static DiagnosticResult[] At<TAnalyzer>(string id, int count)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        Enumerable.Range(0, count).Select(i => CSharpAnalyzerVerifier<TAnalyzer>.Diagnostic(id).WithLocation(i)).ToArray();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fix_all_fixes_every_fixable_diagnostic_whichever_comes_first(string id, FixAllScope scope)
    {
        var (source, expected, analyzer, fix) = id switch
        {
            "NN1003" => (Nn1003Source, Nn1003Fixed, (DiagnosticAnalyzer)new BackslashPathSeparatorAnalyzer(), (CodeFixProvider)new PathLiteralCodeFixProvider()),
            "NN1004" => (Nn1004Source, Nn1004Fixed, new FileNameCaseMismatchAnalyzer(), new PathLiteralCodeFixProvider()),
            "NN1010" => (Nn1010Source, Nn1010Fixed, new WindowsTimeZoneIdAnalyzer(), new TimeZoneIdCodeFixProvider()),
            _ => (Nn1009Source, Nn1009Fixed, new SpecialFolderAnalyzer(), new SpecialFolderCodeFixProvider()),
        };
        (source, expected) = (Markup.Strip(source), Markup.Strip(expected));
        var project = await AnalyzedProject.CreateAsync(source, Properties);
        var diagnostics = await AnalyzedProject.DiagnosticsAsync(project, analyzer);
        Assert.True(diagnostics.Length >= 2);
        var document = project.Documents.Single();

        // As dotnet format does: the first diagnostic's first action gives the equivalence key (none without an action).
        CodeAction? first = null;
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => first ??= a, CancellationToken.None));
        var context = new FixAllContext(document, fix, scope, first?.EquivalenceKey!, new[] { id }, new AllDiagnostics(diagnostics), CancellationToken.None);
        var action = await fix.GetFixAllProvider()!.GetFixAsync(context);

        Assert.NotNull(action);
        var changed = (await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var newDocument = changed.GetDocument(document.Id)!;
        Assert.Equal(expected, (await newDocument.GetTextAsync()).ToString());
        Assert.DoesNotContain((await newDocument.Project.GetCompilationAsync())!.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Each_diagnostic_offered_a_fix_gets_exactly_one_action()
    {
        var unfixable = new List<string>();
        foreach (var (source, analyzer, fix) in new (string, DiagnosticAnalyzer, CodeFixProvider)[]
                 {
                     (Nn1003Source, new BackslashPathSeparatorAnalyzer(), new PathLiteralCodeFixProvider()),
                     (Nn1004Source, new FileNameCaseMismatchAnalyzer(), new PathLiteralCodeFixProvider()),
                     (Nn1009Source, new SpecialFolderAnalyzer(), new SpecialFolderCodeFixProvider()),
                     (Nn1010Source, new WindowsTimeZoneIdAnalyzer(), new TimeZoneIdCodeFixProvider()),
                 })
        {
            var project = await AnalyzedProject.CreateAsync(Markup.Strip(source), Properties);
            foreach (var diagnostic in await AnalyzedProject.DiagnosticsAsync(project, analyzer))
            {
                var actions = new List<CodeAction>();
                await fix.RegisterCodeFixesAsync(new CodeFixContext(project.Documents.Single(), diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                if (actions.Count == 0)
                {
                    unfixable.Add(diagnostic.Id + " " + diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
                }
                else
                {
                    Assert.Single(actions);
                }
            }
        }

        // Only the shapes that have no fix: a folder Linux has no path for, a file name that is not a literal.
        Assert.Equal(new[] { "NN1004 Name", "NN1009 Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles)", "NN1010 Eastern" }, unfixable.Order());
    }

    private sealed class AllDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
