using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>A word of a RUN command and where it stands in the source (null when it cannot be found as written).</summary>
internal readonly struct ShellWord
{
    public ShellWord(string text, TextSpan? span)
    {
        Text = text;
        Span = span;
    }

    public string Text { get; }
    public TextSpan? Span { get; }
    public string Unquoted => WindowsPaths.Unquote(Text);
}

/// <summary>The words of RUN commands with their source spans, for rules that read arguments, not only programs.</summary>
internal static class ShellWords
{
    /// <summary>The simple commands of a RUN: words split at blanks, commands at ;, &amp;&amp;, ||, | and parentheses.</summary>
    public static List<List<ShellWord>> Commands(Instruction instruction, DockerfileSyntax syntax)
    {
        var commands = new List<List<ShellWord>>();
        if (instruction.IsJson)
        {
            var words = new List<ShellWord>();
            foreach (var argument in instruction.Arguments)
            {
                words.Add(new ShellWord(argument.Value, argument.Span));
            }

            commands.Add(words);
            return commands;
        }

        var raw = instruction.RawArguments;
        var text = raw.Value;
        var cursor = raw.Span.Start;
        var end = instruction.Span.End;
        var current = new List<ShellWord>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is ';' or '|' or '&' or '(' or ')')
            {
                if (current.Count > 0)
                {
                    commands.Add(current);
                    current = new List<ShellWord>();
                }

                i++;
                continue;
            }

            var start = i;
            i = ShellCommands.WordEnd(text, i);
            var word = text.Substring(start, i - start);
            // Words are found in order, so a repeated word maps to its own occurrence.
            var found = cursor < end ? syntax.Text.IndexOf(word, cursor, end - cursor, StringComparison.Ordinal) : -1;
            TextSpan? span = null;
            if (found >= 0)
            {
                span = new TextSpan(found, word.Length);
                cursor = found + word.Length;
            }

            current.Add(new ShellWord(word, span));
        }

        if (current.Count > 0)
        {
            commands.Add(current);
        }

        return commands;
    }
}
