using System.Collections.Generic;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// Finds heredoc openers (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-"EOF"</c>, <c>3&lt;&lt;EOF</c>) among the shell words of a line,
/// as BuildKit does with its shell lexer: quotes and escapes stay in the raw word.
/// </summary>
internal static class HeredocWords
{
    public readonly struct Found
    {
        public Found(string name, bool expand, bool chomp, int fileDescriptor)
        {
            Name = name;
            Expand = expand;
            Chomp = chomp;
            FileDescriptor = fileDescriptor;
        }

        public string Name { get; }
        public bool Expand { get; }
        public bool Chomp { get; }
        public int FileDescriptor { get; }
    }

    public static List<Found> Find(string line)
    {
        var found = new List<Found>();
        foreach (var word in SplitRaw(line))
        {
            if (TryParse(word, out var heredoc))
            {
                found.Add(heredoc);
            }
        }

        return found;
    }

    /// <summary>Matches ^(\d*)&lt;&lt;(-?)([^&lt;]*)$ and unquotes the name.</summary>
    public static bool TryParse(string word, out Found heredoc)
    {
        heredoc = default;
        var p = 0;
        while (p < word.Length && word[p] >= '0' && word[p] <= '9')
        {
            p++;
        }

        var digits = word.Substring(0, p);
        if (p + 1 >= word.Length || word[p] != '<' || word[p + 1] != '<')
        {
            return false;
        }

        p += 2;
        var chomp = p < word.Length && word[p] == '-';
        if (chomp)
        {
            p++;
        }

        var rest = word.Substring(p);
        if (rest.Length == 0 || rest.IndexOf('<') >= 0)
        {
            return false;
        }

        var name = Unquote(rest, out var sawQuote);
        if (name == null || name.Length == 0)
        {
            return false;
        }

        int.TryParse(digits, out var fd);
        heredoc = new Found(name, !sawQuote, chomp, fd);
        return true;
    }

    /// <summary>Removes shell quoting; null when the text is more than one word.</summary>
    private static string? Unquote(string raw, out bool sawQuote)
    {
        sawQuote = false;
        var builder = new StringBuilder();
        var quote = '\0';
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (quote == '\0')
            {
                if (c == '\'' || c == '"')
                {
                    quote = c;
                    sawQuote = true;
                    continue;
                }

                if (c == '\\' && i + 1 < raw.Length)
                {
                    builder.Append(raw[++i]);
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    return null;
                }

                builder.Append(c);
                continue;
            }

            if (c == quote)
            {
                quote = '\0';
                continue;
            }

            if (c == '\\' && quote == '"' && i + 1 < raw.Length)
            {
                builder.Append(raw[++i]);
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> SplitRaw(string line)
    {
        var builder = new StringBuilder();
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                if (builder.Length > 0)
                {
                    yield return builder.ToString();
                    builder.Clear();
                }

                continue;
            }

            builder.Append(c);
            if (c == '\\' && quote != '\'' && i + 1 < line.Length)
            {
                builder.Append(line[++i]);
                continue;
            }

            if (quote == '\0' && (c == '\'' || c == '"'))
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }
}
