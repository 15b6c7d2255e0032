using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1003: backslashes as path separators in a string handed to a file-system API in container code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BackslashPathSeparatorAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.BackslashPathSeparator,
        "'{0}' separates folders with '\\'; Windows accepts it, Linux takes it as part of the file name, so the file is not found in the container. Use '/' or Path.Combine.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        start.RegisterOperationAction(operation =>
        {
            var argument = (IArgumentOperation)operation.Operation;
            if (!PathLiterals.IsFileSystemArgument(argument) || argument.Value.Syntax is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
                || (PathLiterals.LeadingText(argument.Value) is { } leading && WindowsPaths.IsAbsolute(leading)) // NN1001's
                || OsGuards.RunsOnlyOffLinux(operation))
            {
                return;
            }

            // A literal, the literal text parts of an interpolated string, or the literals of a concatenation.
            switch (argument.Value.Syntax)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression)
                                                         && WindowsPaths.HasBackslashSeparator(literal.Token.ValueText, backslashEscapes: false):
                    operation.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), literal.Token.ValueText));
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var part in interpolated.Contents)
                    {
                        if (part is InterpolatedStringTextSyntax text && (WindowsPaths.HasBackslashSeparator(text.TextToken.ValueText, backslashEscapes: false) || EdgeBackslash(text.TextToken.ValueText)))
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(Rule, interpolated.GetLocation(), interpolated.ToString()));
                            return;
                        }
                    }

                    break;
                case BinaryExpressionSyntax concatenation when argument.Value.ConstantValue.HasValue == false:
                    foreach (var part in PathLiterals.ConcatenatedLiterals(argument.Value))
                    {
                        // folder + "\\" + name, folder + "\\logs\\" + name, "config\\" + name
                        if (part == "\\" || WindowsPaths.HasBackslashSeparator(part, backslashEscapes: false) || EdgeBackslash(part))
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(Rule, concatenation.GetLocation(), concatenation.ToString()));
                            return;
                        }
                    }

                    break;
            }
        }, OperationKind.Argument);
    }

    /// <summary><c>$"{root}\logs"</c>: a backslash next to an interpolation hole separates folders too.</summary>
    private static bool EdgeBackslash(string text) =>
        text.Length > 1 && ((text[0] == '\\' && char.IsLetterOrDigit(text[1])) || (text[text.Length - 1] == '\\' && char.IsLetterOrDigit(text[text.Length - 2])));
}
