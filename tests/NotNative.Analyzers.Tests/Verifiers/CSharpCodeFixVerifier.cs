using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace NotNative.Analyzers.Tests.Verifiers;

/// <summary>
/// Microsoft.CodeAnalysis.Testing for an analyzer and its fix. The framework applies the single fix diagnostic by
/// diagnostic, then Fix All at document, project and solution scope (the provider's FixAllProvider), and compares each
/// result with the expected text; the fixed code is analysed again for the diagnostics the fix leaves.
/// </summary>
internal static class CSharpCodeFixVerifier<TAnalyzer, TFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Diagnostic"/>
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyFixAsync(string source, DiagnosticResult[] expected, string fixedSource) =>
        VerifyFixAsync(source, BuildProperties.LinuxContainer, expected, fixedSource, remaining: Array.Empty<DiagnosticResult>());

    public static async Task VerifyFixAsync(
        string source,
        IReadOnlyDictionary<string, string> properties,
        DiagnosticResult[] expected,
        string fixedSource,
        DiagnosticResult[] remaining,
        CodeFixTestBehaviors behaviors = CodeFixTestBehaviors.None)
    {
        foreach (var set in ReferenceAssemblySets.All)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource, ReferenceAssemblies = set };
            var config = ("/.globalconfig", BuildProperties.GlobalConfig(properties));
            test.TestState.AnalyzerConfigFiles.Add(config);
            test.FixedState.AnalyzerConfigFiles.Add(config);
            test.TestState.ExpectedDiagnostics.AddRange(expected);
            test.FixedState.ExpectedDiagnostics.AddRange(remaining);
            test.CodeFixTestBehaviors = behaviors;
            // Fix All fixes every fixable diagnostic of the scope in one pass.
            test.NumberOfFixAllIterations = 1;
            test.NumberOfFixAllInDocumentIterations = 1;
            test.NumberOfFixAllInProjectIterations = 1;
            await test.RunAsync();
        }
    }

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
    {
        protected override CompilationOptions CreateCompilationOptions() => TestOptions.WithNullable(base.CreateCompilationOptions());
    }
}
