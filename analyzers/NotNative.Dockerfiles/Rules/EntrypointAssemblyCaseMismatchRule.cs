using System;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2011: ENTRYPOINT/CMD names the project's assembly with other letter case (myapp.dll for MyApp).</summary>
public sealed class EntrypointAssemblyCaseMismatchRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.EntrypointAssemblyCaseMismatch;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        var assembly = context.Options.AssemblyName;
        if (string.IsNullOrWhiteSpace(assembly))
        {
            return;
        }

        foreach (var stage in context.LinuxStages())
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name is not (InstructionNames.Entrypoint or InstructionNames.Cmd))
                {
                    continue;
                }

                foreach (var token in instruction.Arguments)
                {
                    Check(context, instruction, token, assembly!);
                }
            }
        }
    }

    private static void Check(DockerfileRuleContext context, Instruction instruction, Token token, string assembly)
    {
        var expected = assembly + ".dll";
        var text = context.Syntax.Text;
        var index = text.IndexOf(expected, token.Span.Start, token.Span.Length, StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            var before = index == token.Span.Start ? ' ' : text[index - 1];
            var after = index + expected.Length < text.Length ? text[index + expected.Length] : ' ';
            var bounded = !(char.IsLetterOrDigit(before) || before == '.' || before == '_' || before == '-')
                          && !(char.IsLetterOrDigit(after) || after == '_' || after == '-' || after == '.');
            var written = text.Substring(index, expected.Length);
            if (bounded && !string.Equals(written, expected, StringComparison.Ordinal))
            {
                var span = new TextSpan(index, expected.Length);
                context.Report(Rule, span,
                    $"{instruction.Keyword.ToUpperInvariant()} runs '{written}', but the project builds '{expected}'. Windows and macOS ignore the difference; Linux file names are case-sensitive, " +
                    $"so the container fails with 'The application '{written}' does not exist'. Write '{expected}'.",
                    new DockerfileFix($"Use '{expected}'", new[] { new TextEdit(span, expected) }));
            }

            var next = index + expected.Length;
            index = next >= token.Span.End ? -1 : text.IndexOf(expected, next, token.Span.End - next, StringComparison.OrdinalIgnoreCase);
        }
    }
}
