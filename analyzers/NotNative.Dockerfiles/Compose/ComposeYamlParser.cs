using System;
using System.Collections.Generic;
using System.IO;
using NotNative.Dockerfiles.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// Reads the first YAML document of a compose file into <see cref="YamlNode"/>s with exact spans, from YamlDotNet's
/// parser events. Never throws: a file that is not YAML, or too large, gives no root and an error. The tree is built
/// with an explicit stack (deep nesting cannot overflow ours), aliases share their anchored node, and an anchor is
/// known only once its node is complete, so an alias can never make a cycle.
/// </summary>
public static class ComposeYamlParser
{
    /// <summary>
    /// The largest compose file read, in characters. Real ones are a few KiB (the largest in the precision corpora is
    /// under 10 KiB); YamlDotNet's scanner slows with each open flow collection, so the cap and
    /// <see cref="MaxFlowDepth"/> keep a hostile file's parse to a few seconds.
    /// </summary>
    public const int MaxChars = 1024 * 1024;

    /// <summary>Flow collections (<c>[</c>, <c>{</c>) nested deeper than this are refused before parsing: hand-written files nest two or three.</summary>
    public const int MaxFlowDepth = 32;

    /// <summary>Merge lists longer than this are cut: hand-written files merge one or two anchors.</summary>
    private const int MaxMergedPerMapping = 16;

    public static YamlParseResult Parse(string text)
    {
        if (text.Length > MaxChars)
        {
            return new YamlParseResult(null, $"the file is larger than {MaxChars / (1024 * 1024)} MiB");
        }

        if (FlowDepth(text) > MaxFlowDepth)
        {
            return new YamlParseResult(null, $"flow collections nest deeper than {MaxFlowDepth}");
        }

        try
        {
            return new YamlParseResult(Build(text), null);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException or InvalidCastException)
        {
            return new YamlParseResult(null, e.Message);
        }
    }

    /// <summary>
    /// The deepest nesting of brackets and braces, counted over the whole text in one pass (quotes and comments
    /// included, so it can only overcount): enough to refuse a hostile file before YamlDotNet reads it.
    /// </summary>
    private static int FlowDepth(string text)
    {
        var depth = 0;
        var max = 0;
        foreach (var c in text)
        {
            if (c is '[' or '{')
            {
                max = Math.Max(max, ++depth);
            }
            else if (c is ']' or '}' && depth > 0)
            {
                depth--;
            }
        }

        return max;
    }

    private static YamlNode? Build(string text)
    {
        // A byte-order mark the host left in the text: a space keeps every offset.
        var parser = new Parser(new StringReader(text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        while (parser.MoveNext())
        {
            YamlNode? completed;
            string? anchor = null;
            switch (parser.Current)
            {
                case Scalar scalar:
                    completed = MakeScalar(text, scalar);
                    anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                    break;
                case AnchorAlias alias:
                    completed = anchors.TryGetValue(alias.Value.Value, out var target) ? target : new YamlScalar(string.Empty, Span(alias.Start, alias.End), isPlain: true, isRawText: false);
                    break;
                case MappingStart start:
                    stack.Push(new Frame(isMapping: true, start.Start, start.Anchor.IsEmpty ? null : start.Anchor.Value, start.Style == MappingStyle.Flow));
                    continue;
                case SequenceStart start:
                    stack.Push(new Frame(isMapping: false, start.Start, start.Anchor.IsEmpty ? null : start.Anchor.Value, start.Style == SequenceStyle.Flow));
                    continue;
                case MappingEnd or SequenceEnd when stack.Count > 0:
                    var frame = stack.Pop();
                    completed = frame.Complete(Span(frame.Start, parser.Current!.End, text));
                    anchor = frame.Anchor;
                    break;
                case DocumentEnd:
                    return null;
                default:
                    continue;
            }

            if (anchor != null)
            {
                anchors[anchor] = completed;
            }

            if (stack.Count == 0)
            {
                // The first document's root: compose reads one document.
                return completed;
            }

            stack.Peek().Add(completed);
        }

        return null;
    }

    private static YamlScalar MakeScalar(string text, Scalar scalar)
    {
        var span = Span(scalar.Start, scalar.End);
        var isPlain = scalar.Style == ScalarStyle.Plain;
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var valueStart = quoted ? span.Start + 1 : span.Start;
        var valueLength = quoted ? span.Length - 2 : span.Length;
        var isRawText = (isPlain || quoted) && valueLength == scalar.Value.Length && valueStart >= 0 && valueStart + valueLength <= text.Length
                        && string.CompareOrdinal(text, valueStart, scalar.Value, 0, valueLength) == 0;
        return new YamlScalar(scalar.Value, span, isPlain, isRawText);
    }

    private static TextSpan Span(Mark start, Mark end)
    {
        var from = (int)Math.Max(0, start.Index);
        return TextSpan.FromBounds(from, Math.Max(from, (int)end.Index));
    }

    /// <summary>A collection's span: a flow collection's end mark is at its closing bracket, which belongs to it.</summary>
    private static TextSpan Span(Mark start, Mark end, string text)
    {
        var span = Span(start, end);
        return span.End < text.Length && text[span.End] is ']' or '}' ? new TextSpan(span.Start, span.Length + 1) : span;
    }

    private sealed class Frame
    {
        private readonly bool _isMapping;
        private readonly bool _isFlow;
        private readonly List<YamlNode> _items = new();
        private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = new();
        private readonly List<YamlMapping> _merged = new();
        private YamlNode? _key;
        private bool _hasKey;

        public Frame(bool isMapping, Mark start, string? anchor, bool isFlow)
        {
            _isMapping = isMapping;
            Start = start;
            Anchor = anchor;
            _isFlow = isFlow;
        }

        public Mark Start { get; }
        public string? Anchor { get; }

        public void Add(YamlNode node)
        {
            if (!_isMapping)
            {
                _items.Add(node);
                return;
            }

            if (!_hasKey)
            {
                _key = node;
                _hasKey = true;
                return;
            }

            _hasKey = false;
            if (_key is not YamlScalar key)
            {
                return;
            }

            if (key.IsPlain && key.Value == "<<")
            {
                AddMerge(node);
                return;
            }

            _entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, node));
        }

        public YamlNode Complete(TextSpan span) =>
            _isMapping ? new YamlMapping(_entries, _merged, span, _isFlow) : new YamlSequence(_items, span, _isFlow);

        private void AddMerge(YamlNode value)
        {
            if (value is YamlMapping mapping)
            {
                AddMerged(mapping);
            }
            else if (value is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is YamlMapping itemMapping)
                    {
                        AddMerged(itemMapping);
                    }
                }
            }
        }

        private void AddMerged(YamlMapping mapping)
        {
            if (_merged.Count < MaxMergedPerMapping && !_merged.Contains(mapping))
            {
                _merged.Add(mapping);
            }
        }
    }
}

/// <summary>A compose file's YAML: its first document's root, or why there is none.</summary>
public sealed class YamlParseResult
{
    public YamlParseResult(YamlNode? root, string? error)
    {
        Root = root;
        Error = error;
    }

    public YamlNode? Root { get; }
    public string? Error { get; }
}
