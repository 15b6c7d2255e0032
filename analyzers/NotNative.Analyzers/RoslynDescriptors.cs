using Microsoft.CodeAnalysis;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers;

/// <summary>
/// Roslyn descriptors made from <see cref="RuleCatalogue"/>: ID, title, severity, category, description and help link
/// come from the catalogue; only the message format is the analyzer's own.
/// </summary>
internal static class RoslynDescriptors
{
    public static DiagnosticDescriptor Create(RuleDescriptor rule, string messageFormat, params string[] customTags) =>
        new(rule.Id, rule.Title, messageFormat, rule.Category, ToRoslyn(rule.DefaultSeverity), isEnabledByDefault: true,
            description: rule.Description, helpLinkUri: rule.HelpLink, customTags: customTags);

    public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
