using System.Collections.Generic;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>Start offsets of the physical lines of a text ('\n' ends a line, as in BuildKit).</summary>
public sealed class LineIndex
{
    private readonly int[] _starts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _starts = starts.ToArray();
        TextLength = text.Length;
    }

    public int LineCount => _starts.Length;
    public int TextLength { get; }

    public int LineStart(int line) => _starts[line];

    public LinePosition GetPosition(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }

        if (offset > TextLength)
        {
            offset = TextLength;
        }

        var lo = 0;
        var hi = _starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_starts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return new LinePosition(lo, offset - _starts[lo]);
    }
}
