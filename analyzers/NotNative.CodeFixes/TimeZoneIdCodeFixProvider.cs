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

// RS1010 asks for an equivalence key; none on purpose, as in the other fixes (SpecialFolderCodeFixProvider says why).
#pragma warning disable RS1010

namespace NotNative.CodeFixes;

/// <summary>NN1010: replace the Windows time-zone ID literal with its IANA ID from the CLDR table, which the analyzer passes on.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TimeZoneIdCodeFixProvider))]
[Shared]
public sealed class TimeZoneIdCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WindowsTimeZoneId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(WindowsTimeZoneIdAnalyzer.IanaIdKey, out var iana) || iana == null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Use the IANA time-zone ID '{iana}'", cancellationToken => Replace(context.Document, literal, iana, cancellationToken)),
                diagnostic);
        }
    }

    private static async Task<Document> Replace(Document document, LiteralExpressionSyntax literal, string iana, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(iana)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }
}
