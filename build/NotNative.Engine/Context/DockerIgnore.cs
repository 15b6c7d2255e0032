using System.Text;
using NotNative.Engine.Engine;

namespace NotNative.Engine.Context;

/// <summary>
/// .dockerignore as moby's patternmatcher reads it: each pattern cleaned like Go's filepath.Clean, '*' and '?'
/// within one path segment, '**' across segments, '[...]' classes, '\' escapes (on Unix), '!' exceptions, the last
/// matching pattern wins, and a pattern that matches a parent folder matches everything below it.
/// Matching is a position-set simulation over the pattern: linear in path length times pattern length, no regular
/// expressions, so no pattern docker accepts can make it slow.
/// </summary>
public sealed class DockerIgnore
{
    /// <summary>Larger .dockerignore files are not real ones; they are treated as empty, not read whole.</summary>
    public const int MaxBytes = 1024 * 1024;

    private readonly List<Pattern> _patterns = new();

    public static DockerIgnore Empty { get; } = new();

    /// <summary>The .dockerignore that could not be read, and why ("PATH is a FIFO ..."); its patterns were not applied.</summary>
    public string? ReadProblem { get; private init; }

    /// <summary>Reads <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile, else <c>.dockerignore</c> at the context root.</summary>
    public static DockerIgnore ForBuild(string contextRoot, string dockerfilePath)
    {
        var specific = dockerfilePath + ".dockerignore";
        var path = File.Exists(specific) ? specific : Path.Combine(contextRoot, ".dockerignore");
        if (!File.Exists(path))
        {
            return Empty;
        }

        // A FIFO, a device, an unreadable or oversized .dockerignore is not read: it excludes nothing, and is reported.
        var read = Files.UserFileReader.Read(path);
        return read.Succeeded ? Parse(Encoding.UTF8.GetString(read.Bytes!)) : new DockerIgnore { ReadProblem = $"'{path}' {read.Problem}" };
    }

    public static DockerIgnore Parse(string text) => Parse(text, escapes: !OperatingSystem.IsWindows());

    public static DockerIgnore Parse(string text, bool escapes)
    {
        var result = new DockerIgnore();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        foreach (var raw in text.Split('\n'))
        {
            if (raw.StartsWith('#'))
            {
                continue;
            }

            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var exclude = true;
            if (line[0] == '!')
            {
                exclude = false;
                line = line[1..].Trim();
            }

            if (!escapes)
            {
                line = line.Replace('\\', '/');
            }

            line = Clean(line);
            if (line.Length > 1 && line[0] == '/')
            {
                line = line[1..];
            }

            if (line.Length > 0)
            {
                result._patterns.Add(new Pattern(line, escapes, exclude));
            }
        }

        return result;
    }

    /// <summary>One glob (Go filepath.Match with moby's '**') against one '/'-separated path, linear time.</summary>
    public static bool GlobMatches(string pattern, string path) => new Pattern(pattern, !OperatingSystem.IsWindows(), exclude: true).Matches(path);

    /// <summary>True when the context path (relative, '/' separated) is left out of the build context.</summary>
    public bool IsIgnored(string relativePath)
    {
        var path = Clean(relativePath.Replace('\\', '/'));
        var ignored = false;
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(path) || MatchesParent(pattern, path))
            {
                ignored = pattern.Exclude;
            }
        }

        return ignored;
    }

    private static bool MatchesParent(Pattern pattern, string path)
    {
        for (var i = path.IndexOf('/'); i > 0; i = path.IndexOf('/', i + 1))
        {
            if (pattern.Matches(path[..i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Go's path.Clean: no empty or '.' segments, '..' resolved lexically, no trailing '/'.</summary>
    internal static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path[0] == '/';
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0 && segments[^1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                else if (!rooted)
                {
                    segments.Add(segment);
                }

                continue;
            }

            segments.Add(segment);
        }

        var joined = string.Join('/', segments);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>One pattern as a list of tokens, matched by simulating every position at once.</summary>
    private sealed class Pattern
    {
        private readonly Token[] _tokens;

        public Pattern(string text, bool escapes, bool exclude)
        {
            Exclude = exclude;
            _tokens = Tokenize(text, escapes);
        }

        public bool Exclude { get; }

        public bool Matches(string path)
        {
            var count = _tokens.Length + 1;
            var current = new bool[count];
            var next = new bool[count];
            current[0] = true;
            Close(current);
            foreach (var c in path)
            {
                Array.Clear(next);
                var any = false;
                for (var i = 0; i < _tokens.Length; i++)
                {
                    if (!current[i])
                    {
                        continue;
                    }

                    var token = _tokens[i];
                    switch (token.Kind)
                    {
                        case TokenKind.Star when c != '/':
                        case TokenKind.AnyDepth:
                            next[i] = true;
                            any = true;
                            break;
                        case TokenKind.AnyFolders:
                            next[i] = true;
                            next[i + 1] |= c == '/';
                            any = true;
                            break;
                        case TokenKind.Char when c == token.Char:
                        case TokenKind.AnyChar when c != '/':
                        case TokenKind.Class when token.InClass(c):
                            next[i + 1] = true;
                            any = true;
                            break;
                    }
                }

                if (!any)
                {
                    return false;
                }

                (current, next) = (next, current);
                Close(current);
            }

            return current[_tokens.Length];
        }

        /// <summary>'*', '**' and '**/' may match nothing: reaching one reaches the token after it.</summary>
        private void Close(bool[] states)
        {
            for (var i = 0; i < _tokens.Length; i++)
            {
                if (states[i] && _tokens[i].Kind is TokenKind.Star or TokenKind.AnyDepth or TokenKind.AnyFolders)
                {
                    states[i + 1] = true;
                }
            }
        }

        private static Token[] Tokenize(string text, bool escapes)
        {
            var tokens = new List<Token>();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '*')
                {
                    if (i + 1 < text.Length && text[i + 1] == '*')
                    {
                        i++;
                        while (i + 1 < text.Length && text[i + 1] == '*')
                        {
                            i++; // moby reads *** as ** followed by *: both match the same here
                        }

                        if (i + 1 < text.Length && text[i + 1] == '/')
                        {
                            i++;
                            tokens.Add(new Token(TokenKind.AnyFolders));
                        }
                        else
                        {
                            tokens.Add(new Token(TokenKind.AnyDepth));
                        }
                    }
                    else if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Star)
                    {
                        tokens.Add(new Token(TokenKind.Star));
                    }
                }
                else if (c == '?')
                {
                    tokens.Add(new Token(TokenKind.AnyChar));
                }
                else if (c == '\\' && escapes && i + 1 < text.Length)
                {
                    tokens.Add(new Token(TokenKind.Char, text[++i]));
                }
                else if (c == '[' && ReadClass(text, i, escapes, out var end, out var ranges, out var negated))
                {
                    tokens.Add(new Token(TokenKind.Class, ranges: ranges, negated: negated));
                    i = end;
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Char, c));
                }
            }

            return tokens.ToArray();
        }

        /// <summary>Go filepath.Match classes: [abc], [a-z], [^a] ('!' is an ordinary character there); an unclosed '[' is a plain character.</summary>
        private static bool ReadClass(string text, int start, bool escapes, out int end, out List<(char From, char To)> ranges, out bool negated)
        {
            ranges = new List<(char, char)>();
            var i = start + 1;
            negated = i < text.Length && text[i] == '^';
            if (negated)
            {
                i++;
            }

            var first = true;
            while (i < text.Length && (text[i] != ']' || first))
            {
                first = false;
                var from = text[i];
                if (from == '\\' && escapes && i + 1 < text.Length)
                {
                    from = text[++i];
                }

                var to = from;
                if (i + 2 < text.Length && text[i + 1] == '-' && text[i + 2] != ']')
                {
                    to = text[i + 2];
                    i += 2;
                }

                ranges.Add((from, to));
                i++;
            }

            end = i;
            return i < text.Length;
        }
    }

    private enum TokenKind
    {
        Char,
        AnyChar,
        Class,

        /// <summary>'*': any run of characters within one segment.</summary>
        Star,

        /// <summary>'**' not followed by '/': anything, '/' included.</summary>
        AnyDepth,

        /// <summary>'**/': nothing, or anything that ends with '/'.</summary>
        AnyFolders,
    }

    private readonly struct Token
    {
        private readonly List<(char From, char To)>? _ranges;
        private readonly bool _negated;

        public Token(TokenKind kind, char c = '\0', List<(char From, char To)>? ranges = null, bool negated = false)
        {
            Kind = kind;
            Char = c;
            _ranges = ranges;
            _negated = negated;
        }

        public TokenKind Kind { get; }
        public char Char { get; }

        public bool InClass(char c)
        {
            if (c == '/')
            {
                return false;
            }

            var inside = _ranges!.Any(r => c >= r.From && c <= r.To);
            return inside != _negated;
        }
    }
}
