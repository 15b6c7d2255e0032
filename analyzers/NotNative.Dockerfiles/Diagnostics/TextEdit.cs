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
