using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotNative.Analyzers.CSharp;

/// <summary>Recognises OS checks: OperatingSystem.IsX(), RuntimeInformation.IsOSPlatform(...), Environment.OSVersion.Platform.</summary>
internal static class OsChecks
{
    public static bool IsOsCheck(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method:
                var type = method.ContainingType?.ToDisplayString();
                return (type == "System.OperatingSystem" && method.Name.StartsWith("Is", System.StringComparison.Ordinal))
                       || (type == "System.Runtime.InteropServices.RuntimeInformation" && method.Name == "IsOSPlatform");
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Platform" } access
                when model.GetSymbolInfo(access, cancellationToken).Symbol is IPropertySymbol { ContainingType: { } containing }
                     && containing.ToDisplayString() == "System.OperatingSystem":
                return true;
            default:
                return false;
        }
    }

    /// <summary>The first OS check inside <paramref name="condition"/>, or null.</summary>
    public static SyntaxNode? Find(SyntaxNode condition, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var node in condition.DescendantNodesAndSelf())
        {
            if (node is InvocationExpressionSyntax or MemberAccessExpressionSyntax && IsOsCheck(node, model, cancellationToken))
            {
                return node;
            }
        }

        return null;
    }
}
