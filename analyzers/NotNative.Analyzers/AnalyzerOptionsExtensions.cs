using Microsoft.CodeAnalysis.Diagnostics;

namespace NotNative.Analyzers;

/// <summary>Reads MSBuild properties made visible with CompilerVisibleProperty (build_property.*).</summary>
internal static class AnalyzerOptionsExtensions
{
    public static string? GetBuildProperty(this AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
