using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2012: what looks like exec form is not valid JSON (often unescaped Windows backslashes), so it runs in shell form.</summary>
public sealed class ExecFormFallsBackToShellRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.ExecFormFallsBackToShell;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            var target = instruction.Inner ?? instruction;
            if (target.Name is not (InstructionNames.Run or InstructionNames.Cmd or InstructionNames.Entrypoint or InstructionNames.Shell) || target.IsJson)
            {
                continue;
            }

            var raw = target.RawArguments.Value.Trim();
            if (raw.Length < 2 || raw[0] != '[' || raw[raw.Length - 1] != ']')
            {
                continue;
            }

            var hint = raw.IndexOf('\\') >= 0
                ? "Backslashes must be doubled inside JSON ('C:\\\\app\\\\x.exe'), or use forward slashes."
                : "Check the quotes: JSON needs double quotes and commas between the elements.";
            context.Report(Rule, target.RawArguments.Span,
                $"{target.Keyword.ToUpperInvariant()} looks like exec form but is not valid JSON, so Docker runs it as a shell command, brackets included, and it fails at run time. {hint}");
        }
    }
}
