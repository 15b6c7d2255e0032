using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2004: cmd or Windows PowerShell as the shell of a Linux stage (SHELL, or RUN cmd /c, RUN powershell ...).</summary>
public sealed class WindowsShellInLinuxStageRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.WindowsShellInLinuxStage;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var stage in context.LinuxStages())
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name != InstructionNames.Shell && instruction.Name != InstructionNames.Run)
                {
                    continue;
                }

                foreach (var (program, word, span) in ShellCommands.Programs(instruction, context))
                {
                    if (!WindowsPrograms.IsWindowsShell(program))
                    {
                        continue;
                    }

                    var where = instruction.Name.ToUpperInvariant(); // SHELL or RUN
                    context.Report(Rule, span,
                        $"{where} uses the Windows shell '{word}' in a Linux stage. It works in a Windows container; a Linux image has no {program}, so the build fails with 'exec: \"{word}\": executable file not found'. " +
                        "Write the command for /bin/sh (the default shell), or use pwsh on an image that has PowerShell 7.");
                    if (instruction.IsJson)
                    {
                        break;
                    }
                }
            }
        }
    }
}
