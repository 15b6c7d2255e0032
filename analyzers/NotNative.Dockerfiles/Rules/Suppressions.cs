using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>
/// In-file suppressions, in the spirit of hadolint: <c># notnative ignore=NN2003,NN2004</c> on the
/// line(s) before an instruction silences it for that instruction; <c># notnative global ignore=NN2001</c>
/// anywhere silences it for the whole file. The comments are read by <see cref="NotNativeDirective"/>.
/// </summary>
internal sealed class Suppressions
{
    private readonly HashSet<string> _global = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, HashSet<string>> _byInstructionStart = new();

    public static Suppressions Read(DockerfileSyntax syntax)
    {
        var result = new Suppressions();
        var next = 0;
        foreach (var comment in syntax.Comments)
        {
            var directive = NotNativeDirective.Parse(comment.Text);
            if (directive == null || directive.Kind == NotNativeDirectiveKind.TargetOs)
            {
                continue;
            }

            if (directive.Kind == NotNativeDirectiveKind.GlobalIgnore)
            {
                result._global.UnionWith(directive.Values);
                continue;
            }

            while (next < syntax.Instructions.Count && syntax.Instructions[next].Span.Start < comment.Span.End)
            {
                next++;
            }

            if (next < syntax.Instructions.Count)
            {
                var start = syntax.Instructions[next].Span.Start;
                if (!result._byInstructionStart.TryGetValue(start, out var set))
                {
                    result._byInstructionStart[start] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.UnionWith(directive.Values);
            }
        }

        return result;
    }

    public bool IsSuppressed(DockerfileDiagnostic diagnostic, DockerfileSyntax syntax)
    {
        if (_global.Contains(diagnostic.Id))
        {
            return true;
        }

        if (_byInstructionStart.Count == 0)
        {
            return false;
        }

        // Instructions do not overlap: only the last one starting at or before the diagnostic can hold it.
        var instructions = syntax.Instructions;
        var found = PositionSearch.LastStartingAtOrBefore(instructions, diagnostic.Span.Start, i => i.Span.Start);
        if (found >= 0 && diagnostic.Span.Start <= instructions[found].Span.End)
        {
            return _byInstructionStart.TryGetValue(instructions[found].Span.Start, out var ids) && ids.Contains(diagnostic.Id);
        }

        return false;
    }
}
