using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2003: a Windows path in WORKDIR, a COPY/ADD destination, VOLUME or ENV of a Linux stage.</summary>
public sealed class WindowsPathInLinuxStageRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.WindowsPathInLinuxStage;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var stage in context.LinuxStages())
        {
            foreach (var instruction in stage.Instructions)
            {
                switch (instruction.Name)
                {
                    case "workdir":
                        foreach (var token in instruction.Arguments)
                        {
                            Check(context, token, instruction, null, allowBareBackslashes: true);
                        }

                        break;
                    case "copy":
                    case "add":
                        if (instruction.Arguments.Count >= 2 && instruction.Heredocs.Count == 0)
                        {
                            Check(context, instruction.Arguments[instruction.Arguments.Count - 1], instruction, " destination", allowBareBackslashes: true);
                        }

                        break;
                    case "volume":
                        foreach (var token in instruction.Arguments)
                        {
                            Check(context, token, instruction, null, allowBareBackslashes: true);
                        }

                        break;
                    case "env":
                        foreach (var pair in instruction.Pairs)
                        {
                            // Environment values are often not paths: only drive letters and UNC paths count there.
                            Check(context, pair.Value, instruction, " " + pair.Key.Value, allowBareBackslashes: false);
                        }

                        break;
                }
            }
        }
    }

    private static void Check(DockerfileRuleContext context, Token token, Instruction instruction, string? whereSuffix, bool allowBareBackslashes)
    {
        var kind = WindowsPaths.Classify(token.Value, allowBareBackslashes);
        if (kind == WindowsPaths.Kind.None)
        {
            return;
        }

        var where = instruction.Keyword.ToUpperInvariant() + whereSuffix;
        var posix = WindowsPaths.ToPosix(token.Value);
        var what = kind switch
        {
            WindowsPaths.Kind.DriveLetter => "a drive letter",
            WindowsPaths.Kind.Unc => "a UNC share",
            _ => "backslashes as separators",
        };
        var fixText = posix != null ? $"Use the POSIX path '{posix}'." : "Use a POSIX path (a UNC share cannot be reached from a Linux container; mount it as a volume).";
        DockerfileFix? fix = null;
        var source = context.Syntax.GetText(token.Span);
        if (posix != null && source == token.Value)
        {
            fix = new DockerfileFix($"Use '{posix}'", new[] { new TextEdit(token.Span, posix) });
        }

        context.Report(Rule, token.Span,
            $"{where} '{token.Value}' is a Windows path ({what}) in a Linux stage. Windows accepts it; in a Linux container it is a relative name with literal backslashes, so files land where nothing looks for them. {fixText}",
            fix);
    }
}
