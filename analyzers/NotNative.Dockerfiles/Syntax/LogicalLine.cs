using System.Collections.Generic;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// An instruction's physical lines joined as BuildKit joins them, with a map back to the source
/// so that any word of the joined text has an exact source span.
/// </summary>
internal sealed class LogicalLine
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _joinedStarts = new();
    private readonly List<int> _sourceStarts = new();
    private string? _cached;

    public string Text => _cached ??= _text.ToString();

    public void Append(string source, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        _joinedStarts.Add(_text.Length);
        _sourceStarts.Add(start);
        _text.Append(source, start, end - start);
        _cached = null;
    }

    /// <summary>The source offset of the character at <paramref name="joined"/>.</summary>
    public int Map(int joined)
    {
        if (_joinedStarts.Count == 0)
        {
            return 0;
        }

        var lo = 0;
        var hi = _joinedStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_joinedStarts[mid] <= joined)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return _sourceStarts[lo] + (joined - _joinedStarts[lo]);
    }

    public TextSpan MapSpan(int start, int end)
    {
        if (end <= start)
        {
            var at = Map(start > 0 ? start - 1 : 0) + (start > 0 ? 1 : 0);
            return new TextSpan(at, 0);
        }

        var sourceStart = Map(start);
        var sourceEnd = Map(end - 1) + 1;
        return TextSpan.FromBounds(sourceStart, sourceEnd);
    }
}
