using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1101: a hard-coded engine endpoint in code that drives Docker.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedEngineEndpointAnalyzer : DockerClientCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.HardcodedEngineEndpoint,
        "'{0}' is one machine's engine endpoint; Docker Desktop on a Mac, rootless Docker, Podman, a remote DOCKER_HOST or a docker context live elsewhere. Let the client resolve it (new DockerClientBuilder() reads DOCKER_HOST and contexts).");

    private static readonly string[] Endpoints =
    {
        "npipe://./pipe/docker_engine", "npipe:////./pipe/docker_engine", "unix:///var/run/docker.sock",
        "tcp://localhost:2375", "tcp://localhost:2376", "tcp://127.0.0.1:2375", "tcp://127.0.0.1:2376",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start)
    {
        start.RegisterSyntaxNodeAction(node =>
        {
            var value = ((LiteralExpressionSyntax)node.Node).Token.ValueText;
            foreach (var endpoint in Endpoints)
            {
                if (value.TrimEnd('/').Equals(endpoint, StringComparison.OrdinalIgnoreCase))
                {
                    node.ReportDiagnostic(Diagnostic.Create(Rule, node.Node.GetLocation(), value));
                    return;
                }
            }
        }, SyntaxKind.StringLiteralExpression);
    }
}
