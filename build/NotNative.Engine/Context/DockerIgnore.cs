using System.Text;
using System.Text.RegularExpressions;

namespace NotNative.Engine.Context;

/// <summary>.dockerignore patterns (Go filepath.Match with **, and ! exceptions; the last match wins).</summary>
public sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exclude)> _rules = new();

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

    public static DockerIgnore Parse(string text)
    {
        var result = new DockerIgnore();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var exclude = true;
            if (line.StartsWith('!'))
            {
                exclude = false;
                line = line[1..].Trim();
            }

            line = line.Replace('\\', '/').Trim('/');
            while (line.StartsWith("./", StringComparison.Ordinal))
            {
                line = line[2..];
            }

            if (line.Length > 0)
            {
                result._rules.Add((new Regex(ToRegex(line), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), exclude));
            }
        }

        return result;
    }

    /// <summary>True when the context path (relative, '/' separated) is left out of the build context.</summary>
    public bool IsIgnored(string relativePath)
    {
        var ignored = false;
        foreach (var (pattern, exclude) in _rules)
        {
            if (pattern.IsMatch(relativePath) || MatchesParent(pattern, relativePath))
            {
                ignored = exclude;
            }
        }

        return ignored;
    }

    private static bool MatchesParent(Regex pattern, string path)
    {
        for (var i = path.IndexOf('/'); i > 0; i = path.IndexOf('/', i + 1))
        {
            if (pattern.IsMatch(path[..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string ToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                builder.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.Append('$').ToString();
    }
}
