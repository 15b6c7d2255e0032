using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;

namespace NotNative.CodeFixes;

/// <summary>
/// Light-bulb fixes on the Dockerfile itself (an additional document, Roslyn 4.5+): the same edits as
/// `notnative fix` for NN2001 (Linux image), NN2003 (POSIX path), NN2006 (escape directive), NN2011 (file-name case),
/// NN2013 (runtime stage unpinned), NN2014 (${TARGETARCH} download) and NN2015 (-a $TARGETARCH).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DockerfileCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
[Shared]
public sealed class DockerfileCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.WindowsBaseImageForLinuxTarget,
        RuleIds.WindowsPathInLinuxStage,
        RuleIds.BacktickEscapeInLinuxFile,
        RuleIds.EntrypointAssemblyCaseMismatch,
        RuleIds.RuntimeStagePinnedToBuildPlatform,
        RuleIds.HardcodedArchitectureDownload,
        RuleIds.HardcodedDotNetArchitecture);

    // Each fix rewrites its own spans; the batch fixer merges them per document.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var options = new DockerfileAnalysisOptions { AssemblyName = document.Project.AssemblyName };
        var result = DockerfileLinter.Lint(text.ToString(), options);
        foreach (var diagnostic in context.Diagnostics)
        {
            var match = result.Diagnostics.FirstOrDefault(d => d.Id == diagnostic.Id && d.Fix != null
                && d.Span.Start == diagnostic.Location.SourceSpan.Start && d.Span.Length == diagnostic.Location.SourceSpan.Length);
            if (match?.Fix == null)
            {
                continue;
            }

            var fix = match.Fix;
            context.RegisterCodeFix(
                CodeAction.Create(fix.Title, _ =>
                {
                    var changes = fix.Edits.Select(e => new TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(e.Span.Start, e.Span.Length), e.NewText));
                    var solution = document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
                    return Task.FromResult(solution);
                }, equivalenceKey: diagnostic.Id + ":" + fix.Title),
                diagnostic);
        }
    }
}
