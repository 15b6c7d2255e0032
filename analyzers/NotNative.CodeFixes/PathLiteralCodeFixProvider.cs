using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotNative.Analyzers.CSharp;
using NotNative.Dockerfiles.Diagnostics;

// RS1010 asks for an equivalence key. These fixes have none on purpose: `dotnet format` takes the key of the first
// diagnostic's action, and with a key a first diagnostic that has no fix (a shape the fix cannot handle) would stop
// it fixing any (DotnetFormatTests). One kind of action per diagnostic id, so Fix All needs no key to tell them apart.
#pragma warning disable RS1010

namespace NotNative.CodeFixes;

/// <summary>
/// NN1003: '\' separators become '/' in every shape the analyzer reports: a literal (regular, verbatim or raw), the
/// text parts of an interpolated string, the literals of a concatenation. NN1004: the file name takes the project
/// file's letter case (the analyzer offers it on literals only). Only the string text changes; its form and trivia
/// are kept. The actions have no equivalence key: Fix All (and `dotnet format`, which takes the key of the first
/// diagnostic's action) then covers every fixable diagnostic whichever comes first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PathLiteralCodeFixProvider))]
[Shared]
public sealed class PathLiteralCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.BackslashPathSeparator, RuleIds.FileNameCaseMismatch);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            if (diagnostic.Id == RuleIds.BackslashPathSeparator && node is ExpressionSyntax expression && PathTokens(expression).Any(t => t.ValueText.IndexOf('\\') >= 0))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use '/' as the path separator", cancellationToken => UseSlashes(context.Document, expression, cancellationToken)),
                    diagnostic);
            }
            else if (diagnostic.Id == RuleIds.FileNameCaseMismatch && node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                     && diagnostic.Properties.TryGetValue(FileNameCaseMismatchAnalyzer.ActualNameKey, out var actual) && actual != null)
            {
                var value = literal.Token.ValueText;
                var slash = System.Math.Max(value.LastIndexOf('/'), value.LastIndexOf('\\'));
                var newValue = value.Substring(0, slash + 1) + actual;
                context.RegisterCodeFix(
                    CodeAction.Create($"Use the file's real name '{actual}'", cancellationToken => Rename(context.Document, literal, newValue, cancellationToken)),
                    diagnostic);
            }
        }
    }

    /// <summary>The string tokens a path expression is written with: literals, interpolated text, the literals of a concatenation.</summary>
    private static IEnumerable<SyntaxToken> PathTokens(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                yield return literal.Token;
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var text in interpolated.Contents.OfType<InterpolatedStringTextSyntax>())
                {
                    yield return text.TextToken;
                }

                break;
            case ParenthesizedExpressionSyntax parenthesized:
                foreach (var token in PathTokens(parenthesized.Expression))
                {
                    yield return token;
                }

                break;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                foreach (var token in PathTokens(binary.Left).Concat(PathTokens(binary.Right)))
                {
                    yield return token;
                }

                break;
        }
    }

    private static async Task<Document> UseSlashes(Document document, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var tokens = PathTokens(expression).ToList();
        var newExpression = expression.ReplaceTokens(tokens, (original, _) => WithSlashes(original));
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, newExpression));
    }

    private static SyntaxToken WithSlashes(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.InterpolatedStringTextToken))
        {
            var start = (token.Parent?.Parent as InterpolatedStringExpressionSyntax)?.StringStartToken;
            var escaped = start?.IsKind(SyntaxKind.InterpolatedStringStartToken) == true; // $"...", not $@"..." or $"""..."""
            var text = Slashes(token.Text, escaped);
            return SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, token.ValueText.Replace('\\', '/'), token.TrailingTrivia);
        }

        // "..." has escapes; @"..." and raw """...""" do not.
        var literalText = Slashes(token.Text, escaped: token.IsKind(SyntaxKind.StringLiteralToken) && token.Text.StartsWith("\"", System.StringComparison.Ordinal));
        return SyntaxFactory.ParseToken(literalText).WithLeadingTrivia(token.LeadingTrivia).WithTrailingTrivia(token.TrailingTrivia);
    }

    /// <summary>Every backslash that stands for a path separator becomes '/': in escaped text the pair <c>\\</c>, other escapes (<c>\n</c>, <c>\"</c>) untouched.</summary>
    private static string Slashes(string text, bool escaped)
    {
        if (!escaped)
        {
            return text.Replace('\\', '/');
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == '\\')
                {
                    result.Append('/');
                }
                else
                {
                    result.Append(text[i]).Append(text[i + 1]);
                }

                i++;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static async Task<Document> Rename(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var verbatim = literal.Token.Text.StartsWith("@", System.StringComparison.Ordinal);
        var text = verbatim ? "@\"" + value.Replace("\"", "\"\"") + "\"" : SymbolDisplay.FormatLiteral(value, quote: true);
        var token = SyntaxFactory.Literal(literal.Token.LeadingTrivia, text, value, literal.Token.TrailingTrivia);
        return document.WithSyntaxRoot(root!.ReplaceToken(literal.Token, token));
    }
}
