using System.Collections.Generic;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// Reads the exec form the way Go's encoding/json does for BuildKit: the whole text must be one
/// valid JSON value; a valid array with a non-string element is an error, anything invalid falls
/// back to shell form. Iterative, so deep nesting cannot overflow the stack.
/// </summary>
internal static class JsonArray
{
    private const int MaxDepth = 10000;
    private static readonly string[] Literals = { "true", "false", "null" };

    public enum Result
    {
        NotJson,
        Strings,
        NotAllStrings,
    }

    public readonly struct Item
    {
        public Item(string value, int start, int end)
        {
            Value = value;
            Start = start;
            End = end;
        }

        public string Value { get; }
        public int Start { get; }
        public int End { get; }
    }

    public static Result Parse(string s, int start, int end, List<Item> items)
    {
        var p = start;
        if (p >= end || s[p] != '[')
        {
            return Result.NotJson;
        }

        var allStrings = true;
        var depth = 0;
        // The scanner walks values; 'expectValue' is true where a value must come next.
        var containers = new Stack<char>();
        var expectValue = true;
        var first = true;
        while (true)
        {
            p = SkipWhitespace(s, p, end);
            if (p >= end)
            {
                return Result.NotJson;
            }

            var c = s[p];
            if (expectValue)
            {
                // An empty container may close right away.
                if (first && containers.Count > 0 && (c == ']' || c == '}'))
                {
                    if ((c == ']') != (containers.Peek() == '['))
                    {
                        return Result.NotJson;
                    }

                    containers.Pop();
                    depth--;
                    p++;
                    expectValue = false;
                    first = false;
                    if (containers.Count == 0)
                    {
                        break;
                    }

                    continue;
                }

                first = false;
                var topLevelElement = containers.Count == 1 && containers.Peek() == '[';
                if (c == '[' || c == '{')
                {
                    if (++depth > MaxDepth)
                    {
                        return Result.NotJson;
                    }

                    if (topLevelElement)
                    {
                        allStrings = false;
                    }

                    containers.Push(c);
                    p++;
                    first = true;
                    if (c == '{')
                    {
                        // An object starts with a key or closes.
                        p = SkipWhitespace(s, p, end);
                        if (p < end && s[p] == '}')
                        {
                            containers.Pop();
                            depth--;
                            p++;
                            expectValue = false;
                            first = false;
                            continue;
                        }

                        if (!ReadKey(s, ref p, end))
                        {
                            return Result.NotJson;
                        }

                        first = false;
                    }

                    continue;
                }

                if (c == '"')
                {
                    var stringStart = p;
                    var value = ReadString(s, ref p, end);
                    if (value == null)
                    {
                        return Result.NotJson;
                    }

                    if (topLevelElement)
                    {
                        items.Add(new Item(value, stringStart, p));
                    }
                }
                else if (!ReadScalar(s, ref p, end))
                {
                    return Result.NotJson;
                }
                else if (topLevelElement)
                {
                    allStrings = false;
                }

                expectValue = false;
                continue;
            }

            // After a value: a comma or the end of the container.
            var container = containers.Peek();
            if (c == ',')
            {
                p++;
                expectValue = true;
                if (container == '{')
                {
                    p = SkipWhitespace(s, p, end);
                    if (!ReadKey(s, ref p, end))
                    {
                        return Result.NotJson;
                    }
                }

                continue;
            }

            if ((c == ']' && container == '[') || (c == '}' && container == '{'))
            {
                containers.Pop();
                depth--;
                p++;
                if (containers.Count == 0)
                {
                    break;
                }

                continue;
            }

            return Result.NotJson;
        }

        p = SkipWhitespace(s, p, end);
        if (p != end)
        {
            return Result.NotJson;
        }

        return allStrings ? Result.Strings : Result.NotAllStrings;
    }

    private static bool ReadKey(string s, ref int p, int end)
    {
        if (p >= end || s[p] != '"' || ReadString(s, ref p, end) == null)
        {
            return false;
        }

        p = SkipWhitespace(s, p, end);
        if (p >= end || s[p] != ':')
        {
            return false;
        }

        p++;
        return true;
    }

    private static int SkipWhitespace(string s, int p, int end)
    {
        while (p < end && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
        {
            p++;
        }

        return p;
    }

    private static bool ReadScalar(string s, ref int p, int end)
    {
        foreach (var literal in Literals)
        {
            if (p + literal.Length <= end && string.CompareOrdinal(s, p, literal, 0, literal.Length) == 0)
            {
                p += literal.Length;
                return true;
            }
        }

        // -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
        var q = p;
        if (q < end && s[q] == '-')
        {
            q++;
        }

        if (q >= end || !IsDigit(s[q]))
        {
            return false;
        }

        if (s[q] == '0')
        {
            q++;
        }
        else
        {
            while (q < end && IsDigit(s[q]))
            {
                q++;
            }
        }

        if (q < end && s[q] == '.')
        {
            q++;
            if (q >= end || !IsDigit(s[q]))
            {
                return false;
            }

            while (q < end && IsDigit(s[q]))
            {
                q++;
            }
        }

        if (q < end && (s[q] == 'e' || s[q] == 'E'))
        {
            q++;
            if (q < end && (s[q] == '+' || s[q] == '-'))
            {
                q++;
            }

            if (q >= end || !IsDigit(s[q]))
            {
                return false;
            }

            while (q < end && IsDigit(s[q]))
            {
                q++;
            }
        }

        p = q;
        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Reads a JSON string at <paramref name="p"/> (on the opening quote); null when invalid.</summary>
    private static string? ReadString(string s, ref int p, int end)
    {
        var builder = new StringBuilder();
        var q = p + 1;
        while (q < end)
        {
            var c = s[q];
            if (c == '"')
            {
                p = q + 1;
                return builder.ToString();
            }

            if (c < 0x20)
            {
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                q++;
                continue;
            }

            if (q + 1 >= end)
            {
                return null;
            }

            var e = s[q + 1];
            q += 2;
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (!ReadHex4(s, q, end, out var unit))
                    {
                        return null;
                    }

                    q += 4;
                    if (unit >= 0xD800 && unit <= 0xDBFF
                        && q + 6 <= end && s[q] == '\\' && s[q + 1] == 'u'
                        && ReadHex4(s, q + 2, end, out var low) && low >= 0xDC00 && low <= 0xDFFF)
                    {
                        builder.Append((char)unit).Append((char)low);
                        q += 6;
                    }
                    else if (unit >= 0xD800 && unit <= 0xDFFF)
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append((char)unit);
                    }

                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool ReadHex4(string s, int q, int end, out int value)
    {
        value = 0;
        if (q + 4 > end)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            var c = s[q + i];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }
}
