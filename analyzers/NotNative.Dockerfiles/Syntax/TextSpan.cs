using System;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>A range of UTF-16 code units in the source text: [Start, End).</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        Start = start;
        Length = length < 0 ? 0 : length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;
    public override bool Equals(object? obj) => obj is TextSpan s && Equals(s);
    public override int GetHashCode() => unchecked((Start * 397) ^ Length);
    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A zero-based line and UTF-16 column.</summary>
public readonly struct LinePosition
{
    public LinePosition(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; }
    public int Character { get; }
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
