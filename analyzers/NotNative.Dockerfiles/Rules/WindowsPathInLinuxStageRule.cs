using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2003: a Windows path in WORKDIR, a COPY/ADD destination, VOLUME or ENV of a Linux stage.</summary>
public sealed class WindowsPathInLinuxStageRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.WindowsPathInLinuxStage;

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>A Windows path where a stage names a path, with its POSIX form when there is one.</summary>
    internal readonly struct WindowsPathUse
    {
        public WindowsPathUse(Instruction instruction, Token token, string? whereSuffix, WindowsPaths.Kind kind, string? posix)
        {
            Instruction = instruction;
            Token = token;
            WhereSuffix = whereSuffix;
            Kind = kind;
            Posix = posix;
        }

        public Instruction Instruction { get; }
        public Token Token { get; }
        public string? WhereSuffix { get; }
        public WindowsPaths.Kind Kind { get; }
        public string? Posix { get; }

        /// <summary>The edit to the POSIX path, when the token is written as it reads (no escapes or continuations in it).</summary>
        public TextEdit? Edit(DockerfileSyntax syntax) =>
            Posix != null && syntax.GetText(Token.Span) == Token.Value ? new TextEdit(Token.Span, Posix) : null;
    }

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var stage in context.LinuxStages())
        {
            foreach (var use in WindowsPathsIn(stage))
            {
                Report(context, use);
            }
        }
    }

    /// <summary>The Windows paths of a stage: also what NN2001's fix turns into POSIX paths with the image.</summary>
    internal static IEnumerable<WindowsPathUse> WindowsPathsIn(Stage stage)
    {
        foreach (var instruction in stage.Instructions)
        {
            switch (instruction.Name)
            {
                case InstructionNames.Workdir:
                case InstructionNames.Volume:
                    foreach (var token in instruction.Arguments)
                    {
                        if (Find(instruction, token, null, allowBareBackslashes: true) is { } use)
                        {
                            yield return use;
                        }
                    }

                    break;
                case InstructionNames.Copy:
                case InstructionNames.Add:
                    if (instruction.Arguments.Count >= 2 && instruction.Heredocs.Count == 0
                        && Find(instruction, instruction.Arguments[instruction.Arguments.Count - 1], " destination", allowBareBackslashes: true) is { } destination)
                    {
                        yield return destination;
                    }

                    break;
                case InstructionNames.Env:
                    foreach (var pair in instruction.Pairs)
                    {
                        // Environment values are often not paths: only drive letters and UNC paths count there.
                        if (Find(instruction, pair.Value, " " + pair.Key.Value, allowBareBackslashes: false) is { } use)
                        {
                            yield return use;
                        }
                    }

                    break;
            }
        }
    }

    private static WindowsPathUse? Find(Instruction instruction, Token token, string? whereSuffix, bool allowBareBackslashes)
    {
        var kind = WindowsPaths.Classify(token.Value, allowBareBackslashes);
        return kind == WindowsPaths.Kind.None ? null : new WindowsPathUse(instruction, token, whereSuffix, kind, WindowsPaths.ToPosix(token.Value));
    }

    private static void Report(DockerfileRuleContext context, WindowsPathUse use)
    {
        var token = use.Token;
        var where = use.Instruction.Keyword.ToUpperInvariant() + use.WhereSuffix;
        var what = use.Kind switch
        {
            WindowsPaths.Kind.DriveLetter => "a drive letter",
            WindowsPaths.Kind.Unc => "a UNC share",
            _ => "backslashes as separators",
        };
        var fixText = use.Posix != null ? $"Use the POSIX path '{use.Posix}'." : "Use a POSIX path (a UNC share cannot be reached from a Linux container; mount it as a volume).";
        var edit = use.Edit(context.Syntax);
        var fix = edit != null ? new DockerfileFix($"Use '{use.Posix}'", new[] { edit }) : null;
        context.Report(Rule, token.Span,
            $"{where} '{token.Value}' is a Windows path ({what}) in a Linux stage. Windows accepts it; in a Linux container it is a relative name with literal backslashes, so files land where nothing looks for them. {fixText}",
            fix);
    }
}
