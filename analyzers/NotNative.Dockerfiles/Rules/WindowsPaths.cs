using System.Text;

namespace NotNative.Dockerfiles.Rules;

/// <summary>Recognises Windows paths and gives their POSIX form.</summary>
internal static class WindowsPaths
{
    public enum Kind
    {
        None,
        DriveLetter,
        Unc,
        BackslashSeparators,
    }

    /// <summary>
    /// <c>C:\app</c>, <c>C:/app</c>, <c>\\server\share</c>, or backslashes used as separators (<c>app\bin</c>).
    /// A backslash that escapes a space, a quote or a <c>$</c> is shell escaping, not a separator.
    /// </summary>
    public static Kind Classify(string value, bool allowBareBackslashes)
    {
        var text = value.Length >= 2 && (value[0] == '"' || value[0] == '\'') ? Unquote(value) : value;
        if (text.IndexOf(':') < 0 && text.IndexOf('\\') < 0)
        {
            return Kind.None;
        }

        if (text.Length >= 3 && IsAsciiLetter(text[0]) && text[1] == ':' && (text[2] == '\\' || text[2] == '/'))
        {
            return Kind.DriveLetter;
        }

        if (allowBareBackslashes && text.Length == 2 && IsAsciiLetter(text[0]) && text[1] == ':')
        {
            return Kind.DriveLetter;
        }

        if (text.StartsWith("\\\\", System.StringComparison.Ordinal) && text.Length > 2 && IsPathChar(text[2]))
        {
            return Kind.Unc;
        }

        if (!allowBareBackslashes)
        {
            return Kind.None;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            var before = i > 0 ? text[i - 1] : '\0';
            var after = i + 1 < text.Length ? text[i + 1] : '\0';
            if (IsPathChar(after) && (i == 0 ? false : IsPathChar(before) || before == '.'))
            {
                return Kind.BackslashSeparators;
            }
        }

        return Kind.None;
    }

    /// <summary>The POSIX form: the drive dropped, backslash runs turned into '/'. Null for UNC paths.</summary>
    public static string? ToPosix(string value)
    {
        var quote = value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0] ? value[0] : '\0';
        var text = quote == '\0' ? value : value.Substring(1, value.Length - 2);
        if (text.StartsWith("\\\\", System.StringComparison.Ordinal))
        {
            return null;
        }

        if (text.Length >= 2 && IsAsciiLetter(text[0]) && text[1] == ':')
        {
            text = text.Substring(2);
            if (text.Length == 0)
            {
                text = "/";
            }
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' || text[i] == '/')
            {
                if (builder.Length == 0 || builder[builder.Length - 1] != '/')
                {
                    builder.Append('/');
                }

                continue;
            }

            builder.Append(text[i]);
        }

        var posix = builder.ToString();
        return quote == '\0' ? posix : quote + posix + quote;
    }

    public static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]
            ? value.Substring(1, value.Length - 2)
            : value;

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsPathChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';
}
