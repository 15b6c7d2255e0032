using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2005: Windows executables or Windows-only commands in a Linux stage.</summary>
public sealed class WindowsCommandInLinuxStageRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.WindowsCommandInLinuxStage;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var stage in context.LinuxStages())
        {
            foreach (var instruction in stage.Instructions)
            {
                switch (instruction.Name)
                {
                    case InstructionNames.Run:
                    case InstructionNames.Cmd:
                    case InstructionNames.Entrypoint:
                        CheckPrograms(context, instruction);
                        break;
                    case InstructionNames.User:
                        CheckUser(context, instruction);
                        break;
                }
            }
        }
    }

    private static void CheckPrograms(DockerfileRuleContext context, Instruction instruction)
    {
        foreach (var (program, word, span) in ShellCommands.Programs(instruction, context))
        {
            if (WindowsPrograms.IsWindowsShell(program) || WindowsPrograms.RunsExeFilesOnLinux(program))
            {
                continue; // shells are NN2004
            }

            string? why = null;
            if (WindowsPrograms.IsWindowsExecutable(program))
            {
                why = $"'{word}' is a Windows executable";
            }
            else if (WindowsPrograms.IsWindowsOnlyCommand(program))
            {
                why = $"'{program}' is a Windows-only command";
            }

            if (why == null)
            {
                continue;
            }

            context.Report(Rule, span,
                $"{why} in {instruction.Keyword.ToUpperInvariant()} of a Linux stage. It runs in a Windows container; a Linux container cannot execute it ('exec format error' or 'not found'). " +
                "Use the Linux build of the tool (for .NET apps, 'dotnet App.dll' or the apphost without .exe), or ENV instead of setx, and apt-get/apk instead of choco.");
        }
    }

    private static void CheckUser(DockerfileRuleContext context, Instruction instruction)
    {
        if (instruction.Arguments.Count == 0)
        {
            return;
        }

        var user = instruction.Arguments[0];
        var name = user.Value.Split(':')[0].Trim();
        if (!name.Equals("ContainerAdministrator", System.StringComparison.OrdinalIgnoreCase)
            && !name.Equals("ContainerUser", System.StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        context.Report(Rule, user.Span,
            $"USER {name} is a Windows container account; a Linux image has no such user and the container fails with 'unable to find user {name}'. " +
            "Use a Linux user: 'USER app' on .NET 8+ images, or a numeric UID such as 'USER 1000'.");
    }
}
