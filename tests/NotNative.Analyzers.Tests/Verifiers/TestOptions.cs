using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NotNative.Analyzers.Tests.Verifiers;

internal static class TestOptions
{
    /// <summary>The test sources are written with nullable annotations, as the projects the rules meet are.</summary>
    public static CompilationOptions WithNullable(CompilationOptions options) =>
        ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);
}
