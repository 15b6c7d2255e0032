using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2008: Linux-only syntax or commands in a Windows stage.</summary>
public sealed class LinuxSyntaxInWindowsStageRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.LinuxSyntaxInWindowsStage;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var stage in context.WindowsStages())
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name is InstructionNames.Copy or InstructionNames.Add)
                {
                    foreach (var flag in instruction.Flags)
                    {
                        if (flag.Name is InstructionFlags.Chmod or InstructionFlags.Chown)
                        {
                            context.Report(Rule, flag.Span,
                                $"{instruction.Keyword.ToUpperInvariant()} --{flag.Name} is not supported for Windows containers; the build fails there. " +
                                "Remove the flag and set permissions with icacls in a RUN step if you need them.");
                        }
                    }
                }

                if (instruction.Name is not (InstructionNames.Run or InstructionNames.Cmd or InstructionNames.Entrypoint or InstructionNames.Shell))
                {
                    continue;
                }

                foreach (var (program, word, span) in ShellCommands.Programs(instruction, context))
                {
                    var linuxOnly = program is "apt-get" or "apt" or "apk" or "yum" or "dnf" or "microdnf" or "zypper" or "dpkg" or "rpm"
                        || word is "/bin/sh" or "/bin/bash" or "/usr/bin/env" or "sh" or "bash";
                    if (!linuxOnly)
                    {
                        continue;
                    }

                    context.Report(Rule, span,
                        $"'{word}' is a Linux command, but this is a Windows stage. It works in a Linux container; a Windows container has no such program, so the step fails. " +
                        "Use the Windows way (PowerShell, or the tool's Windows installer), or build this stage on a Linux image.");
                    if (instruction.IsJson)
                    {
                        break;
                    }
                }
            }
        }
    }
}
