using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// The text of path values in C# and which arguments are file-system paths; the path shapes themselves are
/// Semantics.WindowsPaths and Semantics.MacHostPaths, shared with the Dockerfile rules.
/// </summary>
internal static class PathLiterals
{
    /// <summary>The constant string of an argument (a literal, a const, a concatenation of constants).</summary>
    public static string? ConstantString(IOperation? operation) =>
        operation?.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    /// <summary>
    /// The text a path value starts with, through simple data flow within the file: a constant; the first text of an
    /// interpolated string; the left end of a concatenation; the fallback of <c>config["X"] ?? @"C:\data"</c>; a
    /// local or a readonly field initialised so (a local assigned again is left alone). Null when unknown.
    /// </summary>
    public static string? LeadingText(IOperation? operation, int depth = 0)
    {
        if (operation == null || depth > 4)
        {
            return null;
        }

        if (ConstantString(operation) is { } constant)
        {
            return constant;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return LeadingText(conversion.Operand, depth + 1);
            case IParenthesizedOperation parenthesized:
                return LeadingText(parenthesized.Operand, depth + 1);
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.Length > 0 && interpolated.Parts[0] is IInterpolatedStringTextOperation text ? ConstantString(text.Text) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                return LeadingText(concatenation.LeftOperand, depth + 1);
            case ICoalesceOperation coalesce:
                return LeadingText(coalesce.WhenNull, depth + 1);
            case ILocalReferenceOperation local:
                return InitializerText(local.Local, local.SemanticModel, depth);
            case IFieldReferenceOperation { Field.IsReadOnly: true } field:
                return InitializerText(field.Field, field.SemanticModel, depth);
            default:
                return null;
        }
    }

    /// <summary>The leading text of a local's or field's initializer, when it is declared in the same file and a local is not assigned again.</summary>
    private static string? InitializerText(ISymbol symbol, SemanticModel? model, int depth)
    {
        if (model == null || symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree
            || (symbol is ILocalSymbol && IsAssignedAgain(declarator)))
        {
            return null;
        }

        return LeadingText(model.GetOperation(initializer), depth + 1);
    }

    /// <summary>Whether a local is assigned after its declaration, in the body that declares it (then its value is resolved somewhere).</summary>
    public static bool IsAssignedAgain(VariableDeclaratorSyntax declarator)
    {
        var name = declarator.Identifier.ValueText;
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

    /// <summary>
    /// The string literal parts of a concatenation (<c>folder + "\\" + name</c>), left to right.
    /// </summary>
    public static List<string> ConcatenatedLiterals(IOperation operation)
    {
        var parts = new List<string>();
        Collect(operation, parts);
        return parts;

        static void Collect(IOperation operation, List<string> parts)
        {
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String && add.ConstantValue.HasValue == false:
                    Collect(add.LeftOperand, parts);
                    Collect(add.RightOperand, parts);
                    break;
                case IConversionOperation conversion:
                    Collect(conversion.Operand, parts);
                    break;
                default:
                    if (ConstantString(operation) is { } value)
                    {
                        parts.Add(value);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Whether an argument is a file-system path: a parameter of a System.IO API or of a file provider, or a
    /// parameter named like a path (path, fileName, directory, folder, root).
    /// </summary>
    public static bool IsFileSystemArgument(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || parameter.Type.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        var containing = parameter.ContainingSymbol?.ContainingType;
        var ns = containing?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (ns == "System.IO" || ns.StartsWith("Microsoft.Extensions.FileProviders", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal))
        {
            return true;
        }

        var name = parameter.Name;
        return name.IndexOf("path", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("directory", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("folder", StringComparison.OrdinalIgnoreCase) >= 0
               || name.Equals("fileName", StringComparison.OrdinalIgnoreCase)
               || name.Equals("root", StringComparison.OrdinalIgnoreCase);
    }
}
