using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// NN1005: an OS check used as "which machine am I on": it picks a host name, connection string, endpoint or a Mac
/// path, or throws for the "other" platform, which in a Linux container is the branch that runs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OsCheckAsEnvironmentCheckAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.OsCheckAsEnvironmentCheck,
        "'{0}' decides {1}; it tells the OS, not the machine: in a Linux container the non-Windows branch runs, which was written for the developer's Mac or for production. Use configuration, or DOTNET_RUNNING_IN_CONTAINER to know you are in a container.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        start.RegisterSyntaxNodeAction(node =>
        {
            var (condition, branches) = node.Node switch
            {
                IfStatementSyntax statement => (statement.Condition, (SyntaxNode)statement),
                ConditionalExpressionSyntax conditional => (conditional.Condition, conditional),
                _ => (null!, null!),
            };
            if (condition == null || OsChecks.Find(condition, node.SemanticModel, node.CancellationToken) is not { } check)
            {
                return;
            }

            if (WhatItDecides(node.Node, condition) is { } what)
            {
                node.ReportDiagnostic(Diagnostic.Create(Rule, check.GetLocation(), check.ToString(), what));
            }
        }, SyntaxKind.IfStatement, SyntaxKind.ConditionalExpression);
    }

    /// <summary>What the branches choose between, when it is machine-specific; null for ordinary cross-platform code.</summary>
    private static string? WhatItDecides(SyntaxNode statement, SyntaxNode condition)
    {
        foreach (var node in statement.DescendantNodes())
        {
            if (node.SpanStart >= condition.SpanStart && node.Span.End <= condition.Span.End)
            {
                continue;
            }

            if (node is ObjectCreationExpressionSyntax { Type: var type } && type.ToString().EndsWith("PlatformNotSupportedException", StringComparison.Ordinal))
            {
                return "to throw for the other platforms";
            }

            if (node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var value = literal.Token.ValueText;
            if (value == "localhost" || value == "127.0.0.1" || DesktopHostNames.FindIn(value) != null)
            {
                return "the host name";
            }

            if (value.IndexOf("Server=", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("Host=", StringComparison.OrdinalIgnoreCase) >= 0
                || value.IndexOf("Data Source=", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return "the connection string";
            }

            if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase))
            {
                return "the endpoint";
            }

            if (MacHostPaths.IsMacHostPath(value))
            {
                return "a path on the developer's Mac";
            }
        }

        return null;
    }
}
