using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NotNative.Dockerfiles.Rules;

namespace NotNative.Analyzers.Dockerfiles;

/// <summary>Roslyn descriptors for the Dockerfile rules, made once from the catalogue entries the linter reports.</summary>
internal static class DockerfileDescriptors
{
    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } = Create();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.ToImmutableArray();

    private static ImmutableDictionary<string, DiagnosticDescriptor> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
        foreach (var rule in DockerfileLinter.AllDescriptors())
        {
            // The library builds the whole message; Roslyn shows it as it is.
            builder[rule.Id] = RoslynDescriptors.Create(rule, "{0}", "Dockerfile");
        }

        return builder.ToImmutable();
    }
}
