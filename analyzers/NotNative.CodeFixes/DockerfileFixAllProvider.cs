using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using NotNative.Analyzers.Dockerfiles;

namespace NotNative.CodeFixes;

/// <summary>
/// Fix All for the Dockerfile fixes. Roslyn's batch fixer merges changes of C# documents only, and the Dockerfile
/// is an additional document, so this one gathers the diagnostics of the project (or solution), groups them by
/// Dockerfile and applies each diagnostic's edits from its properties. A fix whose edits overlap one already
/// taken is left for the next run, whole, so no fix is ever half applied.
/// </summary>
internal sealed class DockerfileFixAllProvider : FixAllProvider
{
    public static readonly DockerfileFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var projects = fixAllContext.Scope == FixAllScope.Solution
            ? fixAllContext.Solution.Projects.ToList()
            : new List<Project> { fixAllContext.Project };
        var ids = fixAllContext.DiagnosticIds.ToImmutableHashSet();
        var solution = fixAllContext.Solution;
        var changed = false;
        foreach (var project in projects)
        {
            var diagnostics = await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            foreach (var file in diagnostics.Where(d => ids.Contains(d.Id) && d.Location.Kind == LocationKind.ExternalFile)
                         .GroupBy(d => d.Location.GetLineSpan().Path))
            {
                var document = project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == file.Key);
                if (document == null)
                {
                    continue;
                }

                var text = await document.GetTextAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                var fixes = new List<ImmutableArray<TextChange>>();
                foreach (var diagnostic in file.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    if (DockerfileFixProperties.TryRead(diagnostic.Properties, text.Length, out _, out var edits))
                    {
                        fixes.Add(edits);
                    }
                }

                if (fixes.Count > 0)
                {
                    solution = solution.WithAdditionalDocumentText(document.Id, Apply(text, fixes));
                    changed = true;
                }
            }
        }

        if (!changed)
        {
            return null;
        }

        var title = fixAllContext.Scope == FixAllScope.Solution ? "Fix all in the solution's Dockerfiles" : "Fix all in the project's Dockerfiles";
        return CodeAction.Create(title, _ => Task.FromResult(solution), fixAllContext.CodeActionEquivalenceKey);
    }

    /// <summary>Applies whole fixes in order, skipping any fix whose edits overlap an edit already taken.</summary>
    internal static SourceText Apply(SourceText text, IEnumerable<ImmutableArray<TextChange>> fixes)
    {
        var taken = new List<TextChange>();
        foreach (var fix in fixes)
        {
            if (fix.Any(edit => taken.Any(t => Overlap(t.Span, edit.Span))))
            {
                continue;
            }

            taken.AddRange(fix);
        }

        return text.WithChanges(taken.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End));
    }

    // Two insertions at one point, or an edit touching another, would make the result depend on their order.
    private static bool Overlap(Microsoft.CodeAnalysis.Text.TextSpan a, Microsoft.CodeAnalysis.Text.TextSpan b) =>
        a.Start < b.End && b.Start < a.End || a.Start == b.Start || a.End == b.Start && (a.IsEmpty || b.IsEmpty) || b.End == a.Start && (a.IsEmpty || b.IsEmpty);
}
