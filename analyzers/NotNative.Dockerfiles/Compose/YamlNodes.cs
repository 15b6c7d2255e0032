using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// A YAML node of a compose file with its exact span in the text. Aliases share the anchored node (never copied), so
/// an alias bomb costs no memory; walks over the tree are bounded by <see cref="ComposeWorkBudget"/>.
/// </summary>
public abstract class YamlNode
{
    protected YamlNode(TextSpan span) => Span = span;

    public TextSpan Span { get; }
}

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, TextSpan span, bool isPlain, bool isRawText)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
        IsRawText = isRawText;
    }

    public string Value { get; }

    /// <summary>Written without quotes: <c>null</c>, <c>~</c> and an empty value mean no value.</summary>
    public bool IsPlain { get; }

    /// <summary>
    /// The value is the text between the span's quotes (or the span itself when plain), character for character, so
    /// an edit of part of the value is an edit of the same part of the file: plain, or quoted without any escape.
    /// </summary>
    public bool IsRawText { get; }

    /// <summary>Where the value's characters start in the file (after an opening quote).</summary>
    public int ValueStart => IsPlain ? Span.Start : Span.Start + 1;

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, TextSpan span, bool isFlow)
        : base(span)
    {
        Items = items;
        IsFlow = isFlow;
    }

    public IReadOnlyList<YamlNode> Items { get; }
    public bool IsFlow { get; }
}

public sealed class YamlMapping : YamlNode
{
    /// <summary>How many mappings one lookup reads through <c>&lt;&lt;</c> merges, at most: hand-written files merge one or two.</summary>
    private const int MaxMappingsPerLookup = 64;

    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _byKey = new(StringComparer.Ordinal);

    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, IReadOnlyList<YamlMapping> merged, TextSpan span, bool isFlow)
        : base(span)
    {
        Entries = entries;
        Merged = merged;
        IsFlow = isFlow;
        foreach (var entry in entries)
        {
            // A repeated key is an error for compose; the first one is the one a reader sees first.
            if (!_byKey.ContainsKey(entry.Key.Value))
            {
                _byKey.Add(entry.Key.Value, entry);
            }
        }
    }

    /// <summary>The entries written in this mapping, in order; keys that are not scalars are left out.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    /// <summary>The mappings merged in with <c>&lt;&lt;: *anchor</c>, in order; their keys count after this mapping's own.</summary>
    public IReadOnlyList<YamlMapping> Merged { get; }

    public bool IsFlow { get; }

    /// <summary>The value of <paramref name="key"/>, from this mapping or, if it has none, from what it merges.</summary>
    public YamlNode? Get(string key) => Find(key)?.Value;

    /// <summary>A scalar's value, or null when the key is missing, null or not a scalar.</summary>
    public string? GetString(string key) => Get(key) is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>The key node and value of <paramref name="key"/>: this mapping's own, else the first merged one's (depth first, as YAML merges).</summary>
    public KeyValuePair<YamlScalar, YamlNode>? Find(string key)
    {
        var pending = new Stack<YamlMapping>();
        pending.Push(this);
        for (var read = 0; pending.Count > 0 && read < MaxMappingsPerLookup; read++)
        {
            var mapping = pending.Pop();
            if (mapping._byKey.TryGetValue(key, out var entry))
            {
                return entry;
            }

            for (var i = mapping.Merged.Count - 1; i >= 0; i--)
            {
                pending.Push(mapping.Merged[i]);
            }
        }

        return null;
    }
}
