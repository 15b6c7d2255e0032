using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>A word of an instruction: its value as BuildKit's parser gives it and where it stands in the source.</summary>
public sealed class Token
{
    public Token(string value, TextSpan span)
    {
        Value = value;
        Span = span;
    }

    public string Value { get; }
    public TextSpan Span { get; }
    public override string ToString() => Value;
}

/// <summary>A builder flag such as <c>--platform=linux/amd64</c>.</summary>
public sealed class InstructionFlag
{
    public InstructionFlag(string text, TextSpan span)
    {
        Text = text;
        Span = span;
        var body = text.StartsWith("--", StringComparison.Ordinal) ? text.Substring(2) : text;
        var eq = body.IndexOf('=');
        Name = eq < 0 ? body : body.Substring(0, eq);
        Value = eq < 0 ? null : body.Substring(eq + 1);
    }

    /// <summary>The flag as BuildKit keeps it: <c>--name=value</c> with quotes removed.</summary>
    public string Text { get; }
    public string Name { get; }
    public string? Value { get; }
    public TextSpan Span { get; }
}

/// <summary>One <c>key=value</c> (or legacy <c>key value</c>) pair of ENV or LABEL.</summary>
public sealed class KeyValuePairSyntax
{
    public KeyValuePairSyntax(Token key, Token value, string separator)
    {
        Key = key;
        Value = value;
        Separator = separator;
    }

    public Token Key { get; }
    public Token Value { get; }

    /// <summary><c>"="</c>, or <c>""</c> for the legacy space-separated form.</summary>
    public string Separator { get; }
}

public sealed class Heredoc
{
    public Heredoc(string name, bool expand, bool chomp, int fileDescriptor, string content, TextSpan contentSpan)
    {
        Name = name;
        Expand = expand;
        Chomp = chomp;
        FileDescriptor = fileDescriptor;
        Content = content;
        ContentSpan = contentSpan;
    }

    public string Name { get; }
    public bool Expand { get; }
    public bool Chomp { get; }
    public int FileDescriptor { get; }
    public string Content { get; }
    public TextSpan ContentSpan { get; }
}

/// <summary>A parser directive at the top of the file (<c># escape=`</c>, <c># syntax=</c>, <c># check=</c>).</summary>
public sealed class ParserDirective
{
    public ParserDirective(string name, string value, TextSpan span, TextSpan valueSpan, int line)
    {
        Name = name;
        Value = value;
        Span = span;
        ValueSpan = valueSpan;
        Line = line;
    }

    public string Name { get; }
    public string Value { get; }
    public TextSpan Span { get; }
    public TextSpan ValueSpan { get; }

    /// <summary>Zero-based line.</summary>
    public int Line { get; }
}

/// <summary>A <c>#</c> comment line (directives excluded).</summary>
public sealed class Comment
{
    public Comment(string text, TextSpan span, int line)
    {
        Text = text;
        Span = span;
        Line = line;
    }

    /// <summary>The text after <c>#</c>, trimmed.</summary>
    public string Text { get; }
    public TextSpan Span { get; }
    public int Line { get; }
}

public sealed class ParseError
{
    public ParseError(string message, TextSpan span)
    {
        Message = message;
        Span = span;
    }

    public string Message { get; }
    public TextSpan Span { get; }
    public override string ToString() => Message;
}

/// <summary>
/// One instruction. <see cref="Arguments"/> holds exactly the argument nodes of BuildKit's AST
/// (for ENV and LABEL: key, value, separator per pair), so a dump of the tree matches BuildKit's.
/// </summary>
public sealed class Instruction
{
    internal Instruction(string keyword, TextSpan keywordSpan, TextSpan span, int startLine, int endLine, string line)
    {
        Keyword = keyword;
        Name = keyword.ToLowerInvariant();
        KeywordSpan = keywordSpan;
        Span = span;
        StartLine = startLine;
        EndLine = endLine;
        Line = line;
    }

    /// <summary>The instruction word as written (<c>From</c>, <c>RUN</c>).</summary>
    public string Keyword { get; }

    /// <summary>The instruction word in lower case, as BuildKit dispatches on it.</summary>
    public string Name { get; }

    public TextSpan KeywordSpan { get; }

    /// <summary>From the keyword to the end of the last line (heredoc bodies included).</summary>
    public TextSpan Span { get; internal set; }

    /// <summary>Zero-based first and last physical line.</summary>
    public int StartLine { get; }
    public int EndLine { get; internal set; }

    /// <summary>The logical line: continuation lines joined, as BuildKit sees it.</summary>
    public string Line { get; }

    public IReadOnlyList<InstructionFlag> Flags { get; internal set; } = Array.Empty<InstructionFlag>();
    public IReadOnlyList<Token> Arguments { get; internal set; } = Array.Empty<Token>();
    public IReadOnlyList<KeyValuePairSyntax> Pairs { get; internal set; } = Array.Empty<KeyValuePairSyntax>();
    public IReadOnlyList<Heredoc> Heredocs { get; internal set; } = Array.Empty<Heredoc>();

    /// <summary>The text after the flags, trimmed (what BuildKit's line parsers receive).</summary>
    public Token RawArguments { get; internal set; } = new(string.Empty, default);

    /// <summary>Exec (JSON array) form.</summary>
    public bool IsJson { get; internal set; }

    /// <summary>True for an instruction word BuildKit does not know; its arguments are not parsed.</summary>
    public bool IsUnknown { get; internal set; }

    /// <summary>The triggered instruction of <c>ONBUILD</c>.</summary>
    public Instruction? Inner { get; internal set; }

    public InstructionFlag? GetFlag(string name)
    {
        foreach (var flag in Flags)
        {
            if (string.Equals(flag.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return flag;
            }
        }

        return null;
    }

    public override string ToString() => Line;
}
