using System.Collections.Generic;
using System.Text;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// Expands <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>, <c>${VAR:+alt}</c> and
/// <c>${VAR+alt}</c> as BuildKit does for FROM. Returns null when a variable has no known value:
/// the caller then says "unknown" rather than guess.
/// </summary>
public static class VariableExpander
{
    public static string? Expand(string text, IReadOnlyDictionary<string, string?> variables, char escape = '\\') =>
        Expand(text, variables, escape, keepUnknown: false);

    /// <summary>
    /// Expands the variables that have a known value and keeps the others as written (<c>${TAG}</c>), so a caller
    /// can still read the parts that do not depend on them (the repository of <c>$REGISTRY/windows/servercore:${TAG}</c>).
    /// </summary>
    public static string ExpandKnown(string text, IReadOnlyDictionary<string, string?> variables, char escape = '\\') =>
        Expand(text, variables, escape, keepUnknown: true)!;

    private static string? Expand(string text, IReadOnlyDictionary<string, string?> variables, char escape, bool keepUnknown)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == escape && i + 1 < text.Length && text[i + 1] == '$')
            {
                builder.Append('$');
                i += 2;
                continue;
            }

            if (c != '$' || i + 1 >= text.Length)
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close < 0)
                {
                    if (!keepUnknown)
                    {
                        return null;
                    }

                    builder.Append(text, i, text.Length - i);
                    break;
                }

                var body = text.Substring(i + 2, close - i - 2);
                var value = ExpandBraced(body, variables, escape);
                if (value == null)
                {
                    if (!keepUnknown)
                    {
                        return null;
                    }

                    value = text.Substring(i, close + 1 - i);
                }

                builder.Append(value);
                i = close + 1;
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end == start)
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (!variables.TryGetValue(text.Substring(start, end - start), out var plain) || plain == null)
            {
                if (!keepUnknown)
                {
                    return null;
                }

                plain = text.Substring(i, end - i);
            }

            builder.Append(plain);
            i = end;
        }

        return builder.ToString();
    }

    private static string? ExpandBraced(string body, IReadOnlyDictionary<string, string?> variables, char escape)
    {
        var nameEnd = 0;
        while (nameEnd < body.Length && (char.IsLetterOrDigit(body[nameEnd]) || body[nameEnd] == '_'))
        {
            nameEnd++;
        }

        var name = body.Substring(0, nameEnd);
        variables.TryGetValue(name, out var value);
        var isSet = value != null;
        if (nameEnd == body.Length)
        {
            return value;
        }

        var op = body.Substring(nameEnd);
        if (op.StartsWith(":-", System.StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(value) ? Expand(op.Substring(2), variables, escape) : value;
        }

        if (op.StartsWith("-", System.StringComparison.Ordinal))
        {
            return isSet ? value : Expand(op.Substring(1), variables, escape);
        }

        if (op.StartsWith(":+", System.StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(value) ? string.Empty : Expand(op.Substring(2), variables, escape);
        }

        if (op.StartsWith("+", System.StringComparison.Ordinal))
        {
            return isSet ? Expand(op.Substring(1), variables, escape) : string.Empty;
        }

        return null; // pattern operators (#, %, /) on an unknown value: unknown
    }
}
