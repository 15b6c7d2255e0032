using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotNative.Analyzers.CSharp;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.CodeFixes;

/// <summary>
/// NN1003: '\' separators become '/'. NN1004: the file name takes the project file's letter case.
/// Only the literal changes; its form (regular or verbatim) and its trivia are kept.
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
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var value = literal.Token.ValueText;
            string newValue;
            string title;
            if (diagnostic.Id == RuleIds.BackslashPathSeparator)
            {
                newValue = value.Replace('\\', '/');
                title = "Use '/' as the path separator";
            }
            else if (diagnostic.Properties.TryGetValue(FileNameCaseMismatchAnalyzer.ActualNameKey, out var actual) && actual != null)
            {
                var slash = System.Math.Max(value.LastIndexOf('/'), value.LastIndexOf('\\'));
                newValue = value.Substring(0, slash + 1) + actual;
                title = $"Use the file's real name '{actual}'";
            }
            else
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => Replace(context.Document, literal, newValue, cancellationToken), equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> Replace(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var verbatim = literal.Token.Text.StartsWith("@", System.StringComparison.Ordinal);
        var text = verbatim ? "@\"" + value.Replace("\"", "\"\"") + "\"" : SymbolDisplay.FormatLiteral(value, quote: true);
        var token = SyntaxFactory.Literal(literal.Token.LeadingTrivia, text, value, literal.Token.TrailingTrivia);
        return document.WithSyntaxRoot(root!.ReplaceToken(literal.Token, token));
    }
}
