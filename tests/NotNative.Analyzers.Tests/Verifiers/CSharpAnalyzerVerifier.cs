using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace NotNative.Analyzers.Tests.Verifiers;

/// <summary>
/// Microsoft.CodeAnalysis.Testing for one analyzer: <c>{|#0:text|}</c> marks a location, expected diagnostics say
/// <c>Diagnostic("NN1001").WithLocation(0).WithArguments(...)</c>. Every test runs once per reference set in
/// <see cref="ReferenceAssemblySets.All"/>, with the framework's generated-code and suppression checks on.
/// </summary>
internal static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// A diagnostic with the id and default severity of the analyzer's descriptor; its message is compared once the
    /// test names the arguments (<c>WithArguments</c>).
    /// </summary>
    public static DiagnosticResult Diagnostic(string id) => new(id, new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id).DefaultSeverity);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, BuildProperties.LinuxContainer, expected);

    public static Task VerifyAsync(string source, IReadOnlyDictionary<string, string> properties, params DiagnosticResult[] expected) =>
        VerifyAsync(source, properties, additionalFiles: null, references: null, expected);

    public static Task VerifyAsync(
        string source,
        IReadOnlyDictionary<string, string> properties,
        IReadOnlyDictionary<string, string>? additionalFiles,
        Func<ReferenceAssemblies, ReferenceAssemblies>? references,
        params DiagnosticResult[] expected) =>
        VerifyAsync(source, properties, additionalFiles, references, Array.Empty<MetadataReference>(), expected);

    /// <summary>With assemblies beyond the reference set (TestState.AdditionalReferences).</summary>
    public static async Task VerifyAsync(
        string source,
        IReadOnlyDictionary<string, string> properties,
        IReadOnlyDictionary<string, string>? additionalFiles,
        Func<ReferenceAssemblies, ReferenceAssemblies>? references,
        IEnumerable<MetadataReference> additionalReferences,
        params DiagnosticResult[] expected)
    {
        foreach (var set in ReferenceAssemblySets.All)
        {
            var test = new Test { TestCode = source, ReferenceAssemblies = references?.Invoke(set) ?? set };
            test.TestState.AdditionalReferences.AddRange(additionalReferences);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", BuildProperties.GlobalConfig(properties)));
            foreach (var (path, text) in additionalFiles ?? new Dictionary<string, string>())
            {
                test.TestState.AdditionalFiles.Add((path, text));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }
    }

    private sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        protected override CompilationOptions CreateCompilationOptions() => TestOptions.WithNullable(base.CreateCompilationOptions());
    }
}
