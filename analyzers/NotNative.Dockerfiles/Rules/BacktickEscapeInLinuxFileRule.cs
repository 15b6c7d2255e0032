using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2006: <c># escape=`</c> (the Windows convention) in a file whose stages are all Linux.</summary>
public sealed class BacktickEscapeInLinuxFileRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.BacktickEscapeInLinuxFile;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        var directive = context.Syntax.GetDirective("escape");
        if (directive == null || directive.Value != "`" || context.Model.Stages.Count == 0
            || context.Model.Stages.Any(s => s.CheckedAs(context.TargetOs) != ContainerOs.Linux))
        {
            return;
        }

        // The fix removes the directive line and turns each backtick line continuation into a backslash.
        var syntax = context.Syntax;
        var edits = new List<TextEdit>();
        var lineStart = syntax.Lines.LineStart(directive.Line);
        var lineEnd = directive.Line + 1 < syntax.Lines.LineCount ? syntax.Lines.LineStart(directive.Line + 1) : syntax.Text.Length;
        edits.Add(new TextEdit(Syntax.TextSpan.FromBounds(lineStart, lineEnd), string.Empty));
        foreach (var instruction in syntax.Instructions)
        {
            for (var line = instruction.StartLine; line < instruction.EndLine; line++)
            {
                var end = line + 1 < syntax.Lines.LineCount ? syntax.Lines.LineStart(line + 1) : syntax.Text.Length;
                var j = end - 1;
                while (j >= syntax.Lines.LineStart(line) && (syntax.Text[j] is '\n' or '\r' or ' ' or '\t'))
                {
                    j--;
                }

                if (j >= 0 && syntax.Text[j] == '`')
                {
                    edits.Add(new TextEdit(new Syntax.TextSpan(j, 1), "\\"));
                }
            }
        }

        context.Report(Rule, directive.Span,
            "'# escape=`' is the Windows Dockerfile convention, but every stage of this file is Linux. Backslashes then stop being escapes and line continuations: " +
            "a '\\' at a line end becomes part of the command. Remove the directive and continue lines with '\\'.",
            new DockerfileFix("Remove '# escape=`' and continue lines with '\\'", edits));
    }
}
