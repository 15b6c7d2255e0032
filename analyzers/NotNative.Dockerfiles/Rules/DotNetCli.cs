using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>How a dotnet command picks its architecture: <c>-a x64</c>, <c>-r linux-arm64</c>, <c>/p:RuntimeIdentifier=...</c>, <c>--ucr</c>.</summary>
internal sealed class ArchitectureOption
{
    public ArchitectureOption(IReadOnlyList<ShellWord> words, string value, bool isRid)
    {
        Words = words;
        Value = value;
        IsRid = isRid;
    }

    /// <summary>The option and its value (one word for <c>-r:linux-x64</c> and <c>/p:RuntimeIdentifier=linux-x64</c>).</summary>
    public IReadOnlyList<ShellWord> Words { get; }

    /// <summary>The value: an architecture (<c>x64</c>), a RID (<c>linux-musl-arm64</c>), or empty for <c>--use-current-runtime</c>.</summary>
    public string Value { get; }

    public bool IsRid { get; }

    public bool UsesCurrentRuntime => Value.Length == 0;

    public bool FromVariable => Value.IndexOf('$') >= 0;

    public bool FromTargetArch => Value.IndexOf("TARGETARCH", StringComparison.Ordinal) >= 0 || Value.IndexOf("TARGETPLATFORM", StringComparison.Ordinal) >= 0;

    /// <summary>The RID's OS part (<c>linux-musl</c>), or null for <c>-a</c>.</summary>
    public string? RidOs => IsRid && Value.LastIndexOf('-') is var dash && dash > 0 ? Value.Substring(0, dash) : null;

    /// <summary>Docker's name of the hard-coded architecture, or null when it comes from a variable or names none.</summary>
    public string? Architecture =>
        FromVariable || UsesCurrentRuntime ? null : Architectures.Normalize(IsRid ? Value.Substring(Value.LastIndexOf('-') + 1) : Value);

    /// <summary>The source span from the option to its value, when every word was found as written.</summary>
    public TextSpan? Span =>
        Words[0].Span is { } first && Words[Words.Count - 1].Span is { } last ? new TextSpan(first.Start, last.End - first.Start) : null;

    public string Text => Words.Count == 1 ? Words[0].Text : Words[0].Text + " " + Words[1].Text;
}

/// <summary>A <c>dotnet restore|build|publish</c> command of a RUN instruction.</summary>
internal sealed class DotNetInvocation
{
    public DotNetInvocation(Instruction instruction, ShellWord dotnet, ShellWord verb, IReadOnlyList<ShellWord> arguments)
    {
        Instruction = instruction;
        DotNet = dotnet;
        Verb = verb;
        Arguments = arguments;
        Architecture = FindArchitecture(arguments);
    }

    public Instruction Instruction { get; }
    public ShellWord DotNet { get; }
    public ShellWord Verb { get; }
    public IReadOnlyList<ShellWord> Arguments { get; }

    /// <summary>The option that picks the architecture, or null when the command takes the SDK's own.</summary>
    public ArchitectureOption? Architecture { get; }

    public bool HasArgument(Func<string, bool> test)
    {
        foreach (var argument in Arguments)
        {
            if (test(argument.Unquoted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>--self-contained</c> or <c>--sc</c>, alone or followed by <c>true</c> (not <c>false</c>).</summary>
    public bool IsSelfContained
    {
        get
        {
            for (var i = 0; i < Arguments.Count; i++)
            {
                var word = Arguments[i].Unquoted.ToLowerInvariant();
                if (word is "--self-contained" or "--sc")
                {
                    return i + 1 >= Arguments.Count || Arguments[i + 1].Unquoted.ToLowerInvariant() != "false";
                }

                if (word is "--self-contained=true" or "--self-contained:true" or "--sc=true" or "--sc:true")
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static ArchitectureOption? FindArchitecture(IReadOnlyList<ShellWord> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var word = arguments[i].Unquoted;
            var lower = word.ToLowerInvariant();
            if (lower is "--ucr" or "--use-current-runtime")
            {
                return new ArchitectureOption(new[] { arguments[i] }, string.Empty, isRid: false);
            }

            foreach (var (name, isRid) in new[] { ("-r", true), ("--runtime", true), ("-a", false), ("--arch", false) })
            {
                if (lower == name && i + 1 < arguments.Count)
                {
                    return new ArchitectureOption(new[] { arguments[i], arguments[i + 1] }, arguments[i + 1].Unquoted, isRid);
                }

                if (lower.Length > name.Length + 1 && lower.StartsWith(name, StringComparison.Ordinal) && lower[name.Length] is '=' or ':')
                {
                    return new ArchitectureOption(new[] { arguments[i] }, word.Substring(name.Length + 1), isRid);
                }
            }

            foreach (var prefix in new[] { "/p:", "-p:", "--property:", "-property:", "/property:" })
            {
                if (lower.StartsWith(prefix + "runtimeidentifier=", StringComparison.Ordinal))
                {
                    return new ArchitectureOption(new[] { arguments[i] }, WindowsPaths.Unquote(word.Substring(prefix.Length + "runtimeidentifier=".Length)), isRid: true);
                }
            }
        }

        return null;
    }
}

/// <summary>The <c>dotnet restore|build|publish</c> commands of RUN instructions, shell or exec form.</summary>
internal static class DotNetCli
{
    private static readonly string[] Verbs = { "restore", "build", "publish" };

    public static IEnumerable<DotNetInvocation> Invocations(Stage stage, DockerfileSyntax syntax)
    {
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Name != InstructionNames.Run || instruction.Heredocs.Count > 0)
            {
                continue;
            }

            foreach (var command in ShellWords.Commands(instruction, syntax))
            {
                if (command.Count >= 2 && ShellCommands.ProgramName(command[0].Text) == "dotnet"
                    && Array.IndexOf(Verbs, command[1].Unquoted.ToLowerInvariant()) >= 0)
                {
                    var arguments = new List<ShellWord>(command.Count - 2);
                    for (var i = 2; i < command.Count; i++)
                    {
                        arguments.Add(command[i]);
                    }

                    yield return new DotNetInvocation(instruction, command[0], command[1], arguments);
                }
            }
        }
    }
}
