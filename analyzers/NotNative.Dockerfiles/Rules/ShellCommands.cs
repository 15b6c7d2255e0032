using System;
using System.Collections.Generic;
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

            var word = shell.Substring(start, i - start);
            if (expectCommand && !IsAssignment(word))
            {
                words.Add(new CommandWord(word, start));
                expectCommand = false;
            }
        }

        return words;
    }

    /// <summary>The program a command word names: <c>C:\tools\nuget.exe</c> → <c>nuget.exe</c>, lower-cased, quotes removed.</summary>
    public static string ProgramName(string word)
    {
        var text = WindowsPaths.Unquote(word);
        var slash = Math.Max(text.LastIndexOf('/'), text.LastIndexOf('\\'));
        return (slash >= 0 ? text.Substring(slash + 1) : text).ToLowerInvariant();
    }

    private static bool IsAssignment(string word)
    {
        var eq = word.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        for (var i = 0; i < eq; i++)
        {
            if (!(char.IsLetterOrDigit(word[i]) || word[i] == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The program and its source span for RUN/CMD/ENTRYPOINT: exec form's first element, or each command word of shell form.</summary>
    public static IEnumerable<(string Program, string Word, TextSpan Span)> Programs(Instruction instruction, DockerfileSyntax syntax)
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
        var sourceText = syntax.GetText(raw.Span);
        var sameText = sourceText == raw.Value; // a single-line instruction: offsets are source offsets
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
