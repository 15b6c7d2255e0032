using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// Whether code never runs on Linux, by the guards CA1416 honours: inside <c>if (OperatingSystem.IsWindows())</c>
/// (or IsMacOS, <c>RuntimeInformation.IsOSPlatform(OSPlatform.Windows)</c>, <c>Environment.OSVersion.Platform ==
/// PlatformID.Win32NT</c>), in the other branch of a Linux check, after an early return or throw for Linux, after
/// <c>Debug.Assert(OperatingSystem.IsWindows())</c>, or in a member or type marked [SupportedOSPlatform] for other
/// platforms only. The assembly's attribute does not count: the SDK puts SupportedOSPlatform("Windows7.0") on every
/// net*-windows assembly, and such code still runs in the container. Called only where a rule is about to report.
/// </summary>
internal static class OsGuards
{
    private const string SupportedAttribute = "System.Runtime.Versioning.SupportedOSPlatformAttribute";
    private const string UnsupportedAttribute = "System.Runtime.Versioning.UnsupportedOSPlatformAttribute";

    /// <summary>For an operation action: whether the operation's code never runs on Linux.</summary>
    public static bool RunsOnlyOffLinux(Microsoft.CodeAnalysis.Diagnostics.OperationAnalysisContext context) =>
        context.Operation.SemanticModel is { } model && RunsOnlyOffLinux(context.Operation.Syntax, model, context.CancellationToken);

    public static bool RunsOnlyOffLinux(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (SyntaxNode? child = node, parent = node.Parent; parent != null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IfStatementSyntax statement when child == statement.Statement && Implies(statement.Condition, true, model, cancellationToken):
                case ElseClauseSyntax { Parent: IfStatementSyntax elseOf } when Implies(elseOf.Condition, false, model, cancellationToken):
                case ConditionalExpressionSyntax conditional when (child == conditional.WhenTrue && Implies(conditional.Condition, true, model, cancellationToken))
                                                                  || (child == conditional.WhenFalse && Implies(conditional.Condition, false, model, cancellationToken)):
                case BinaryExpressionSyntax binary when child == binary.Right
                                                        && ((binary.IsKind(SyntaxKind.LogicalAndExpression) && Implies(binary.Left, true, model, cancellationToken))
                                                            || (binary.IsKind(SyntaxKind.LogicalOrExpression) && Implies(binary.Left, false, model, cancellationToken))):
                    return true;
                case BlockSyntax block when child is StatementSyntax statement && AnEarlierStatementLeavesLinux(block.Statements, statement, model, cancellationToken):
                case SwitchSectionSyntax section when child is StatementSyntax inSection && AnEarlierStatementLeavesLinux(section.Statements, inSection, model, cancellationToken):
                    return true;
                case MemberDeclarationSyntax:
                    return MarkedOffLinux(model.GetEnclosingSymbol(node.SpanStart, cancellationToken));
            }
        }

        return false;
    }

    /// <summary><c>if (!OperatingSystem.IsWindows()) return;</c> or <c>Debug.Assert(OperatingSystem.IsWindows());</c> before <paramref name="statement"/>.</summary>
    private static bool AnEarlierStatementLeavesLinux(SyntaxList<StatementSyntax> statements, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var earlier in statements)
        {
            if (earlier == statement)
            {
                return false;
            }

            switch (earlier)
            {
                case IfStatementSyntax { Else: null } exit when AlwaysLeaves(exit.Statement) && Implies(exit.Condition, false, model, cancellationToken):
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } assert }
                    when assert.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Assert" }
                         && model.GetSymbolInfo(assert, cancellationToken).Symbol is IMethodSymbol { ContainingType: { Name: "Debug" or "Trace" } }
                         && Implies(assert.ArgumentList.Arguments[0].Expression, true, model, cancellationToken):
                    return true;
            }
        }

        return false;
    }

    private static bool AlwaysLeaves(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax => true,
        ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => true,
        BlockSyntax { Statements.Count: > 0 } block => AlwaysLeaves(block.Statements[block.Statements.Count - 1]),
        _ => false,
    };

    /// <summary>Whether <paramref name="condition"/> having the value <paramref name="value"/> means the code is not on Linux.</summary>
    private static bool Implies(ExpressionSyntax condition, bool value, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Implies(parenthesized.Expression, value, model, cancellationToken);
            case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.LogicalNotExpression):
                return Implies(unary.Operand, !value, model, cancellationToken);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression):
                return value
                    ? Implies(binary.Left, true, model, cancellationToken) || Implies(binary.Right, true, model, cancellationToken)
                    : Implies(binary.Left, false, model, cancellationToken) && Implies(binary.Right, false, model, cancellationToken);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalOrExpression):
                return value
                    ? Implies(binary.Left, true, model, cancellationToken) && Implies(binary.Right, true, model, cancellationToken)
                    : Implies(binary.Left, false, model, cancellationToken) || Implies(binary.Right, false, model, cancellationToken);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                var platform = PlatformIdCompared(binary, model, cancellationToken);
                return platform != null && ImpliesOffLinux(platform, binary.IsKind(SyntaxKind.EqualsExpression) == value);
            case InvocationExpressionSyntax invocation:
                return PlatformChecked(invocation, model, cancellationToken) is { } checkedPlatform && ImpliesOffLinux(checkedPlatform, value);
            default:
                return false;
        }
    }

    /// <summary>A check for <paramref name="platform"/> with the result <paramref name="isPlatform"/>: off Linux?</summary>
    private static bool ImpliesOffLinux(string platform, bool isPlatform)
    {
        var mayBeLinux = platform is "linux" or "unix";
        return isPlatform ? !mayBeLinux : mayBeLinux;
    }

    /// <summary>The platform an OperatingSystem.IsX() or RuntimeInformation.IsOSPlatform(OSPlatform.X) call checks, lower case.</summary>
    private static string? PlatformChecked(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type } method)
        {
            return null;
        }

        var typeName = type.ToDisplayString();
        if (typeName == "System.OperatingSystem" && method.Name.StartsWith("Is", StringComparison.Ordinal))
        {
            if (method.Name == "IsOSPlatform" || method.Name == "IsOSPlatformVersionAtLeast")
            {
                return invocation.ArgumentList.Arguments.Count > 0 && model.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: string name }
                    ? Normalize(name)
                    : null;
            }

            var platform = method.Name.Substring(2);
            var versionSuffix = platform.IndexOf("VersionAtLeast", StringComparison.Ordinal);
            return Normalize(versionSuffix > 0 ? platform.Substring(0, versionSuffix) : platform);
        }

        if (typeName == "System.Runtime.InteropServices.RuntimeInformation" && method.Name == "IsOSPlatform"
            && invocation.ArgumentList.Arguments.Count == 1)
        {
            return invocation.ArgumentList.Arguments[0].Expression switch
            {
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: var field } => Normalize(field),
                InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } create
                    when model.GetConstantValue(create.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: string name } => Normalize(name),
                _ => null,
            };
        }

        return null;
    }

    /// <summary><c>Environment.OSVersion.Platform == PlatformID.Win32NT</c>: "windows"; PlatformID.Unix: "unix"; PlatformID.MacOSX: "macos".</summary>
    private static string? PlatformIdCompared(BinaryExpressionSyntax binary, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var side in new[] { binary.Left, binary.Right })
        {
            if (side is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member }
                && model.GetSymbolInfo(side, cancellationToken).Symbol is IFieldSymbol { ContainingType: { } type } && type.ToDisplayString() == "System.PlatformID")
            {
                return member switch
                {
                    "Unix" => "unix",
                    "MacOSX" => "macos",
                    "Other" => null,
                    _ => "windows", // Win32NT, Win32Windows, Win32S, WinCE, Xbox
                };
            }
        }

        return null;
    }

    private static string Normalize(string platform)
    {
        var lower = platform.ToLowerInvariant();
        var digit = lower.IndexOfAny("0123456789".ToCharArray());
        lower = digit > 0 ? lower.Substring(0, digit) : lower;
        return lower == "osx" ? "macos" : lower;
    }

    /// <summary>[SupportedOSPlatform] naming only other platforms, or [UnsupportedOSPlatform("linux")], on the member or a containing type.</summary>
    private static bool MarkedOffLinux(ISymbol? symbol)
    {
        for (var current = symbol; current != null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            var supported = false;
            var linuxSupported = false;
            foreach (var attribute in current.GetAttributes())
            {
                var name = attribute.AttributeClass?.ToDisplayString();
                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string value)
                {
                    continue;
                }

                var platform = Normalize(value);
                if (name == UnsupportedAttribute && platform == "linux")
                {
                    return true;
                }

                if (name == SupportedAttribute)
                {
                    supported = true;
                    linuxSupported |= platform == "linux";
                }
            }

            if (supported)
            {
                return !linuxSupported;
            }
        }

        return false;
    }
}
