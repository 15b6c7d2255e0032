using Microsoft.CodeAnalysis;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>Builds a rule's descriptor with its help link (docs/rules/ID.md).</summary>
internal static class CSharpDescriptors
{
    public static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: RuleDescriptor.HelpLinkBase + id + ".md");
}
