using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>A replacement of a span of the source text.</summary>
public sealed class TextEdit
{
    public TextEdit(TextSpan span, string newText)
    {
        Span = span;
        NewText = newText;
    }

    public TextSpan Span { get; }
    public string NewText { get; }
}

/// <summary>A mechanical fix: the edits that make the diagnostic go away, and what they do.</summary>
public sealed class DockerfileFix
{
    public DockerfileFix(string title, IReadOnlyList<TextEdit> edits)
    {
        Title = title;
        Edits = edits;
    }

    public string Title { get; }
    public IReadOnlyList<TextEdit> Edits { get; }
}

/// <summary>A finding on a Dockerfile as plain data, the same in the IDE, the build and the CLI.</summary>
public sealed class DockerfileDiagnostic
{
    public DockerfileDiagnostic(RuleDescriptor rule, TextSpan span, string message, DockerfileFix? fix = null)
    {
        Rule = rule;
        Span = span;
        Message = message;
        Fix = fix;
    }

    public RuleDescriptor Rule { get; }
    public string Id => Rule.Id;
    public RuleSeverity Severity => Rule.DefaultSeverity;
    public TextSpan Span { get; }
    public string Message { get; }
    public DockerfileFix? Fix { get; }

    public override string ToString() => $"{Id} {Span}: {Message}";
}
