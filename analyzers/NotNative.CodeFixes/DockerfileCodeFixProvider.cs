using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using NotNative.Analyzers.Dockerfiles;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.CodeFixes;

/// <summary>
/// Light-bulb fixes on the Dockerfile itself (an additional document, Roslyn 4.5+): the same edits as
/// `notnative fix` for NN2001 (Linux image), NN2003 (POSIX path), NN2006 (escape directive), NN2011 (file-name case),
/// NN2013 (runtime stage unpinned), NN2014 (${TARGETARCH} download) and NN2015 (-a $TARGETARCH).
/// The edit comes from the diagnostic (<see cref="DockerfileFixProperties"/>), as the analyzer computed it with the
/// project's target OS and assembly name.
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
        RuleIds.HardcodedDotNetArchitecture,
        // Compose files (additional documents too): NN4001 (relative path), NN4002 (extra_hosts entry).
        RuleIds.WindowsBindMountPath,
        RuleIds.DesktopHostNameWithoutExtraHosts);

    /// <summary>Fix All over the project's or the solution's Dockerfiles, one rule at a time.</summary>
    public override FixAllProvider GetFixAllProvider() => DockerfileFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!DockerfileFixProperties.TryRead(diagnostic.Properties, text.Length, out var title, out var edits))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(title, _ =>
                {
                    var solution = document.Project.Solution.WithAdditionalDocumentText(document.Id, DockerfileFixAllProvider.Apply(text, new[] { edits }));
                    return Task.FromResult(solution);
                }, equivalenceKey: EquivalenceKey(diagnostic.Id)),
                diagnostic);
        }
    }

    /// <summary>One key per rule: Fix All applies every fix of that rule, whatever each one's title says.</summary>
    internal static string EquivalenceKey(string id) => nameof(DockerfileCodeFixProvider) + ":" + id;
}
