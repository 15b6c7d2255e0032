using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// NN1101: a literal engine endpoint that is what creates the Docker client, with no resolution around it
/// (DOCKER_HOST, a context, configuration). Literals elsewhere (defaults inside resolvers, test data of endpoint
/// parsers, a <c>?? "unix:///var/run/docker.sock"</c> fallback) are left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedEngineEndpointAnalyzer : DockerClientCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.HardcodedEngineEndpoint,
        "'{0}' is one machine's engine endpoint; Docker Desktop on a Mac, rootless Docker, Podman, a remote DOCKER_HOST or a docker context live elsewhere. {1}.");

    /// <summary>Docker.DotNet.Enhanced (4.x) has the builder, which resolves the endpoint like the docker CLI.</summary>
    private const string EnhancedFix = "Let the client resolve it: new DockerClientBuilder().Build() reads DOCKER_HOST and the docker context";

    /// <summary>The original Docker.DotNet (3.125) has no builder, and its new DockerClientConfiguration() ignores DOCKER_HOST.</summary>
    private const string OriginalFix = "Docker.DotNet 3.125's new DockerClientConfiguration() ignores DOCKER_HOST, so read it: new DockerClientConfiguration(new Uri(Environment.GetEnvironmentVariable(\"DOCKER_HOST\") ?? \"unix:///var/run/docker.sock\")), or move to Docker.DotNet.Enhanced, whose DockerClientBuilder resolves it like the docker CLI";

    private const string TestcontainersFix = "Testcontainers resolves the engine itself (DOCKER_HOST, docker context, ~/.testcontainers.properties): remove WithDockerEndpoint, or pass it from configuration";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start)
    {
        var configuration = start.Compilation.GetTypeByMetadataName(DockerClientTypeNames.DockerClientConfiguration);
        var builder = start.Compilation.GetTypeByMetadataName(DockerClientTypeNames.DockerClientBuilder);
        var clientFix = builder != null ? EnhancedFix : OriginalFix;

        if (configuration != null)
        {
            start.RegisterOperationAction(operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (SymbolEqualityComparer.Default.Equals(creation.Type, configuration))
                {
                    ReportEndpointArgument(operation, creation.Arguments, clientFix);
                }
            }, OperationKind.ObjectCreation);
        }

        // Every invocation is looked at only where a builder with an endpoint method is.
        if (builder == null && !DockerClientContext.UsesContainerBuilders(start.Compilation))
        {
            return;
        }

        start.RegisterOperationAction(operation =>
        {
            var invocation = (IInvocationOperation)operation.Operation;
            var method = invocation.TargetMethod;
            if (method.Name == "WithEndpoint" && builder != null && SymbolEqualityComparer.Default.Equals(method.ContainingType, builder))
            {
                ReportEndpointArgument(operation, invocation.Arguments, EnhancedFix);
            }
            else if (method.Name == "WithDockerEndpoint" && DockerClientTypeNames.IsIn(method, DockerClientTypeNames.TestcontainersNamespace))
            {
                ReportEndpointArgument(operation, invocation.Arguments, TestcontainersFix);
            }
        }, OperationKind.Invocation);
    }

    private static void ReportEndpointArgument(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string fix)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { Ordinal: 0 } || argument.Value.Syntax is not ExpressionSyntax expression || context.Operation.SemanticModel is not { } model)
            {
                continue;
            }

            var literals = new List<LiteralExpressionSyntax>();
            CollectLiteralEndpoints(expression, model, literals, depth: 0, context.CancellationToken);
            foreach (var literal in literals)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), literal.Token.ValueText, fix));
            }
        }
    }

    /// <summary>
    /// The literal endpoints an expression is made of: a literal, <c>new Uri(literal)</c>, either branch of
    /// <c>?:</c> (an OS check picks one of two hard-coded endpoints), a local or a readonly field initialised so and
    /// not assigned again. Anything else (<c>??</c>, a call, a parameter) is resolution, and yields nothing.
    /// </summary>
    private static void CollectLiteralEndpoints(ExpressionSyntax expression, SemanticModel model, List<LiteralExpressionSyntax> found, int depth, System.Threading.CancellationToken cancellationToken)
    {
        if (depth > 4)
        {
            return;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                if (IsEngineEndpoint(literal.Token.ValueText))
                {
                    found.Add(literal);
                }

                break;
            case ParenthesizedExpressionSyntax parenthesized:
                CollectLiteralEndpoints(parenthesized.Expression, model, found, depth + 1, cancellationToken);
                break;
            case ConditionalExpressionSyntax conditional:
                CollectLiteralEndpoints(conditional.WhenTrue, model, found, depth + 1, cancellationToken);
                CollectLiteralEndpoints(conditional.WhenFalse, model, found, depth + 1, cancellationToken);
                break;
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } creation
                when creation is ImplicitObjectCreationExpressionSyntax || ((ObjectCreationExpressionSyntax)creation).Type.ToString() is "Uri" or "System.Uri":
                CollectLiteralEndpoints(creation.ArgumentList!.Arguments[0].Expression, model, found, depth + 1, cancellationToken);
                break;
            case IdentifierNameSyntax identifier:
                var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
                if (symbol is ILocalSymbol or IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true }
                    && symbol.DeclaringSyntaxReferences.Length == 1
                    && symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
                    && declarator.SyntaxTree == model.SyntaxTree
                    && (symbol is not ILocalSymbol || !AssignedAgain(declarator, symbol.Name)))
                {
                    CollectLiteralEndpoints(initializer, model, found, depth + 1, cancellationToken);
                }

                break;
        }
    }

    /// <summary>Whether a local is assigned after its declaration (then its value is resolved somewhere).</summary>
    private static bool AssignedAgain(VariableDeclaratorSyntax declarator, string name)
    {
        var body = declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
        foreach (var node in (body ?? declarator.Parent!).DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } && target.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The platform defaults: the Unix socket (unix:/ and unix:/// forms), the Windows named pipe, localhost's TCP ports.</summary>
    private static bool IsEngineEndpoint(string value)
    {
        var endpoint = value.Trim().TrimEnd('/').ToLowerInvariant();
        if (endpoint.StartsWith("unix:", StringComparison.Ordinal))
        {
            return endpoint.Substring("unix:".Length).TrimStart('/') == "var/run/docker.sock";
        }

        if (endpoint.StartsWith("npipe:", StringComparison.Ordinal))
        {
            return endpoint.Substring("npipe:".Length).TrimStart('/') == "./pipe/docker_engine";
        }

        return endpoint is "tcp://localhost:2375" or "tcp://localhost:2376" or "tcp://127.0.0.1:2375" or "tcp://127.0.0.1:2376";
    }
}
