using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.SdkContainer;

/// <summary>
/// Where a property is written in a project file's text, to report a finding at its line. Not an MSBuild evaluation:
/// the element whose text is the evaluated value (the last one, as MSBuild's last assignment wins), else the last
/// one whose text builds it from other properties (<c>$(...)</c>). A value from the command line (-p:), an imported
/// file or the SDK matches no element: null, and the caller reports on the project file itself.
/// </summary>
public static class ProjectFileProperties
{
    /// <summary>The span of the property's value in <paramref name="projectText"/>, or null.</summary>
    public static TextSpan? Find(string projectText, string property, string? value)
    {
        var comments = Comments(projectText);
        TextSpan? equal = null, built = null;
        var open = "<" + property;
        var close = "</" + property;
        var index = projectText.IndexOf(open, StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            var afterName = index + open.Length;
            var next = projectText.IndexOf(open, afterName, StringComparison.OrdinalIgnoreCase);
            if (afterName < projectText.Length && projectText[afterName] is '>' or ' ' or '\t' or '\r' or '\n' && !InComment(comments, index))
            {
                var tagEnd = projectText.IndexOf('>', afterName);
                if (tagEnd < 0)
                {
                    break;
                }

                var end = projectText[tagEnd - 1] == '/' ? tagEnd + 1 : projectText.IndexOf(close, tagEnd, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    break;
                }

                var span = Trimmed(projectText, tagEnd + 1, Math.Max(tagEnd + 1, end));
                var text = projectText.Substring(span.Start, span.Length);
                if (value != null && string.Equals(text, value.Trim(), StringComparison.Ordinal))
                {
                    equal = span;
                }
                else if (value == null || text.IndexOf("$(", StringComparison.Ordinal) >= 0)
                {
                    built = span;
                }

                // An element's text cannot hold another element of the same name: go on after it.
                if (next >= 0 && next < end)
                {
                    next = projectText.IndexOf(open, end, StringComparison.OrdinalIgnoreCase);
                }
            }

            index = next;
        }

        return equal ?? built;
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static List<TextSpan> Comments(string text)
    {
        var comments = new List<TextSpan>();
        var start = text.IndexOf("<!--", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + 3;
            comments.Add(TextSpan.FromBounds(start, end));
            start = end < text.Length ? text.IndexOf("<!--", end, StringComparison.Ordinal) : -1;
        }

        return comments;
    }

    private static bool InComment(List<TextSpan> comments, int position)
    {
        // Comments are in text order; a binary search keeps many-comment files linear enough.
        int low = 0, high = comments.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (position < comments[middle].Start)
            {
                high = middle - 1;
            }
            else if (position >= comments[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
