using System.Collections.Generic;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>A parsed Dockerfile: instructions, directives and comments, each with its exact source span.</summary>
public sealed class DockerfileSyntax
{
    internal DockerfileSyntax(
        string text,
        LineIndex lines,
        char escapeToken,
        IReadOnlyList<ParserDirective> directives,
        IReadOnlyList<Comment> comments,
        IReadOnlyList<Instruction> instructions,
        IReadOnlyList<ParseError> errors)
    {
        Text = text;
        Lines = lines;
        EscapeToken = escapeToken;
        Directives = directives;
        Comments = comments;
        Instructions = instructions;
        Errors = errors;
    }

    public string Text { get; }
    public LineIndex Lines { get; }
    public char EscapeToken { get; }
    public IReadOnlyList<ParserDirective> Directives { get; }
    public IReadOnlyList<Comment> Comments { get; }
    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>What BuildKit would reject the file for; empty when it parses.</summary>
    public IReadOnlyList<ParseError> Errors { get; }

    public ParserDirective? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    public LinePosition GetPosition(int offset) => Lines.GetPosition(offset);

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// The source again, built from the nodes and the text between them: every character of the
    /// input belongs either to a node's span or to the trivia between spans.
    /// </summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(Text.Length);
        var position = 0;
        foreach (var instruction in Instructions)
        {
            builder.Append(Text, position, instruction.Span.Start - position);
            builder.Append(Text, instruction.Span.Start, instruction.Span.Length);
            position = instruction.Span.End;
        }

        builder.Append(Text, position, Text.Length - position);
        return builder.ToString();
    }
}
