using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.Dockerfiles;

/// <summary>
/// A Dockerfile rule's fix carried in the diagnostic's properties, so the code fix applies exactly the edit the
/// analyzer computed with the project's options (target OS, assembly name) instead of linting again without them.
/// </summary>
public static class DockerfileFixProperties
{
    private const string TitleKey = "NotNative.Fix.Title";
    private const string EditKeyPrefix = "NotNative.Fix.Edit.";

    /// <summary>The properties of a diagnostic with this fix: its title, and each edit as "start,length,new text".</summary>
    public static ImmutableDictionary<string, string?> Create(DockerfileFix fix)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder[TitleKey] = fix.Title;
        for (var i = 0; i < fix.Edits.Count; i++)
        {
            var edit = fix.Edits[i];
            builder[EditKeyPrefix + i.ToString(CultureInfo.InvariantCulture)] =
                edit.Span.Start.ToString(CultureInfo.InvariantCulture) + "," + edit.Span.Length.ToString(CultureInfo.InvariantCulture) + "," + edit.NewText;
        }

        return builder.ToImmutable();
    }

    /// <summary>Reads the fix back; false when the diagnostic carries none or it does not fit a text of <paramref name="textLength"/>.</summary>
    public static bool TryRead(ImmutableDictionary<string, string?> properties, int textLength, out string title, out ImmutableArray<TextChange> edits)
    {
        title = string.Empty;
        edits = ImmutableArray<TextChange>.Empty;
        if (!properties.TryGetValue(TitleKey, out var storedTitle) || storedTitle == null)
        {
            return false;
        }

        var changes = new List<TextChange>();
        for (var i = 0; properties.TryGetValue(EditKeyPrefix + i.ToString(CultureInfo.InvariantCulture), out var value); i++)
        {
            if (value == null || !TryParseEdit(value, textLength, out var change))
            {
                return false;
            }

            changes.Add(change);
        }

        if (changes.Count == 0)
        {
            return false;
        }

        title = storedTitle;
        edits = changes.ToImmutableArray();
        return true;
    }

    private static bool TryParseEdit(string value, int textLength, out TextChange change)
    {
        change = default;
        var first = value.IndexOf(',');
        var second = first < 0 ? -1 : value.IndexOf(',', first + 1);
        if (second < 0
            || !int.TryParse(value.Substring(0, first), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(value.Substring(first + 1, second - first - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || start > textLength || length > textLength - start)
        {
            return false;
        }

        change = new TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(start, length), value.Substring(second + 1));
        return true;
    }
}
