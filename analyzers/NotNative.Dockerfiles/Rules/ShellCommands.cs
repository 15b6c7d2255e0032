using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>The command words of shell text: the first word, and the first word after ;, &amp;&amp;, ||, | and (.</summary>
internal static class ShellCommands
{
    public readonly struct CommandWord
    {
        public CommandWord(string text, int start)
        {
            Text = text;
            Start = start;
        }

        public string Text { get; }

        /// <summary>Offset in the shell text.</summary>
        public int Start { get; }
    }

    public static List<CommandWord> CommandWords(string shell)
    {
        var words = new List<CommandWord>();
        var expectCommand = true;
        var i = 0;
        while (i < shell.Length)
        {
            var c = shell[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == ';' || c == '|' || c == '&' || c == '(' || c == ')')
            {
                // '&&', '||', ';', '|' and '(' start a new command; a lone '&' backgrounds one.
                expectCommand = true;
                i++;
                continue;
            }

            var start = i;
            i = WordEnd(shell, i);

            if (expectCommand && !IsAssignment(shell, start, i))
            {
                words.Add(new CommandWord(shell.Substring(start, i - start), start));
                expectCommand = false;
            }
        }

        return words;
    }

    /// <summary>Where the word starting at <paramref name="start"/> ends: at a blank or an operator outside quotes; a backslash escapes the next character.</summary>
    public static int WordEnd(string shell, int start)
    {
        var i = start;
        var quote = '\0';
        while (i < shell.Length)
        {
            var d = shell[i];
            if (quote != '\0')
            {
                if (d == quote)
                {
                    quote = '\0';
                }
            }
            else if (d == '"' || d == '\'')
            {
                quote = d;
            }
            else if (char.IsWhiteSpace(d) || d == ';' || d == '|' || d == '&' || d == ')')
            {
                break;
            }
            else if (d == '\\' && i + 1 < shell.Length)
            {
                i++;
            }

            i++;
        }

        return i;
    }

    /// <summary>The program a command word names: <c>C:\tools\nuget.exe</c> → <c>nuget.exe</c>, lower-cased, quotes removed.</summary>
    public static string ProgramName(string word) => WindowsPrograms.ProgramName(WindowsPaths.Unquote(word));

    /// <summary><c>NAME=value</c> before a command is an assignment, not the program.</summary>
    private static bool IsAssignment(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '=')
            {
                return i > start;
            }

            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The program and its source span for RUN/CMD/ENTRYPOINT: exec form's first element, or each command word of shell form.</summary>
    public static IEnumerable<(string Program, string Word, TextSpan Span)> Programs(Instruction instruction, DockerfileRuleContext context) =>
        context.ProgramsOf(instruction);

    internal static IEnumerable<(string Program, string Word, TextSpan Span)> Scan(Instruction instruction, DockerfileSyntax syntax)
    {
        if (instruction.Arguments.Count == 0)
        {
            yield break;
        }

        if (instruction.IsJson)
        {
            var first = instruction.Arguments[0];
            yield return (ProgramName(first.Value), first.Value, first.Span);
            yield break;
        }

        var raw = instruction.RawArguments;
        // A single-line instruction: offsets in the arguments are source offsets.
        var sameText = raw.Span.Length == raw.Value.Length && string.CompareOrdinal(syntax.Text, raw.Span.Start, raw.Value, 0, raw.Value.Length) == 0;
        foreach (var word in CommandWords(raw.Value))
        {
            var span = sameText
                ? new TextSpan(raw.Span.Start + word.Start, word.Text.Length)
                : SpanSearch.Find(syntax, raw.Span, word.Text) ?? raw.Span;
            yield return (ProgramName(word.Text), word.Text, span);
        }
    }
}

/// <summary>Finds text inside a span of the source (for words of multi-line instructions).</summary>
internal static class SpanSearch
{
    public static TextSpan? Find(DockerfileSyntax syntax, TextSpan within, string value, StringComparison comparison = StringComparison.Ordinal)
    {
        if (value.Length == 0 || within.Length < value.Length)
        {
            return null;
        }

        var index = syntax.Text.IndexOf(value, within.Start, within.Length, comparison);
        return index < 0 ? null : new TextSpan(index, value.Length);
    }
}
