using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NotNative.Analyzers.Tests.Verifiers;

/// <summary>
/// A one-document project on <see cref="ReferenceAssemblySets.Net80"/> for the few checks the testing framework does
/// not express: Fix All driven the way `dotnet format analyzers` drives it, and how many actions each diagnostic gets.
/// </summary>
internal static class AnalyzedProject
{
    public static async Task<Project> CreateAsync(string source, IReadOnlyDictionary<string, string> properties)
    {
        var references = await ReferenceAssemblySets.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var project = new AdhocWorkspace().AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "MyApp", "MyApp", LanguageNames.CSharp)
            .WithMetadataReferences(references)
            .WithCompilationOptions(TestOptions.WithNullable(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))));
        project = project.AddDocument("Test.cs", SourceText.From(source), filePath: "/src/Test.cs").Project;
        return project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(BuildProperties.GlobalConfig(properties)), filePath: "/src/.globalconfig").Project;
    }

    /// <summary>The analyzer's diagnostics in source order; the source must compile and the analyzer must not fail.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var all = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), project.AnalyzerOptions).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        return all.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }
}
