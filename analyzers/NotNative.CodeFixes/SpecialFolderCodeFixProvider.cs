using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// NN1009: pass Environment.SpecialFolderOption.Create, so the folder exists instead of being "". Offered where the
/// analyzer marks the diagnostic fixable (a home folder); a folder Linux has no path for has no fix. No equivalence
/// key, so Fix All and `dotnet format` fix every fixable one whichever diagnostic comes first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpecialFolderCodeFixProvider))]
[Shared]
public sealed class SpecialFolderCodeFixProvider : CodeFixProvider
{
    private const string Title = "Pass Environment.SpecialFolderOption.Create";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SpecialFolderEmptyInContainer);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SpecialFolderAnalyzer.FixableKey, out var mode)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
            {
                continue;
            }

            context.RegisterCodeFix(CodeAction.Create(Title, cancellationToken => AddOption(context.Document, invocation, mode == "replace", cancellationToken)), diagnostic);
        }
    }

    private static async Task<Document> AddOption(Document document, InvocationExpressionSyntax invocation, bool replace, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        // Qualify the option as the folder is qualified: Environment.SpecialFolder.X -> Environment.SpecialFolderOption.Create.
        var arguments = invocation.ArgumentList.Arguments;
        var folder = arguments[0].Expression.ToString();
        var cut = folder.LastIndexOf("SpecialFolder.", System.StringComparison.Ordinal);
        var qualifier = cut > 0 ? folder.Substring(0, cut) : "System.Environment.";
        var option = SyntaxFactory.Argument(SyntaxFactory.ParseExpression(qualifier + "SpecialFolderOption.Create"));
        var newArguments = replace ? arguments.Replace(arguments[1], option.WithTriviaFrom(arguments[1])) : arguments.Add(option);
        var newInvocation = invocation.WithArgumentList(invocation.ArgumentList.WithArguments(newArguments));
        return document.WithSyntaxRoot(root!.ReplaceNode(invocation, newInvocation));
    }
}
