using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2009: Docker Desktop-only host names (host.docker.internal, ...) baked into the image.</summary>
public sealed class DesktopOnlyHostNameRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.DesktopOnlyHostName;

    public override RuleDescriptor Descriptor => Rule;

    private static IReadOnlyList<string> HostNames => Semantics.DesktopHostNames.All;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Name is not (InstructionNames.Env or InstructionNames.Arg or InstructionNames.Run or InstructionNames.Cmd or InstructionNames.Entrypoint or InstructionNames.Healthcheck))
            {
                continue;
            }

            var span = instruction.Span;
            var text = context.Syntax.Text;
            // Every name contains "docker." : one scan rules out almost every instruction.
            if (text.IndexOf("docker.", span.Start, span.Length, StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            var position = span.Start;
            while (position < span.End)
            {
                var (index, name) = FindNext(text, position, span.End);
                if (index < 0)
                {
                    break;
                }

                var end = index + name.Length;
                while (end < span.End && (char.IsLetterOrDigit(text[end]) || text[end] == '.' || text[end] == '-'))
                {
                    end++;
                }

                var found = text.Substring(index, end - index).TrimEnd('.');
                context.Report(Rule, new TextSpan(index, found.Length),
                    $"'{found}' resolves only on Docker Desktop. It works on a Mac or PC; on a Linux host, in CI and in production the name does not resolve ('could not resolve host'). " +
                    "Read the host from configuration (an environment variable set at run time), or run with '--add-host=host.docker.internal:host-gateway' (Docker 20.10+).");
                position = end;
            }
        }
    }

    private static (int Index, string Name) FindNext(string text, int start, int end)
    {
        var best = -1;
        var bestName = string.Empty;
        foreach (var name in HostNames)
        {
            var index = text.IndexOf(name, start, end - start, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && (best < 0 || index < best) && (index == 0 || !(char.IsLetterOrDigit(text[index - 1]) || text[index - 1] == '.' || text[index - 1] == '-')))
            {
                best = index;
                bestName = name;
            }
        }

        return (best, bestName);
    }
}
