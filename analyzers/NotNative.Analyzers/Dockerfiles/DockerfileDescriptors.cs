using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;

namespace NotNative.Analyzers.Dockerfiles;

/// <summary>Roslyn descriptors for the Dockerfile rules, made once from the library's rule data.</summary>
internal static class DockerfileDescriptors
{
    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } = Create();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.ToImmutableArray();

    private static ImmutableDictionary<string, DiagnosticDescriptor> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
        foreach (var rule in DockerfileLinter.AllDescriptors())
        {
            builder[rule.Id] = new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                "{0}",
                rule.Category,
                ToRoslyn(rule.DefaultSeverity),
                isEnabledByDefault: true,
                description: rule.Description,
                helpLinkUri: rule.HelpLink,
                customTags: new[] { "Dockerfile" });
        }

        return builder.ToImmutable();
    }

    public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
