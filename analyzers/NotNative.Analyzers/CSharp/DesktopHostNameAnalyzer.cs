using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1006: Docker Desktop-only host names (host.docker.internal, ...) in strings of container code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DesktopHostNameAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.DesktopHostNameInCode,
        "'{0}' resolves only on Docker Desktop; on Linux hosts, in CI and in production the connection fails ('Name or service not known'). Read the host from configuration, or run the container with --add-host=host.docker.internal:host-gateway.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        start.RegisterSyntaxNodeAction(node =>
        {
            var text = node.Node is LiteralExpressionSyntax literal ? literal.Token.ValueText : ((InterpolatedStringTextSyntax)node.Node).TextToken.ValueText;
            if (text.IndexOf("docker.", System.StringComparison.OrdinalIgnoreCase) >= 0 && DesktopHostNames.FindIn(text) is { } name
                && !OsGuards.RunsOnlyOffLinux(node.Node, node.SemanticModel, node.CancellationToken))
            {
                node.ReportDiagnostic(Diagnostic.Create(Rule, node.Node.GetLocation(), name));
            }
        }, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
    }
}
