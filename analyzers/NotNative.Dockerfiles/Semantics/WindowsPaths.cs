using System.Text;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// The shapes of Windows paths, shared by the Dockerfile rules (NN2003) and the C# rules (NN1001, NN1002, NN1101): drive
/// letters, UNC shares, backslash separators, and Docker Toolbox's <c>//c/</c> drive paths; and their POSIX form.
/// </summary>
public static class WindowsPaths
{
    public enum Kind
    {
        None,
        DriveLetter,
        Unc,
        BackslashSeparators,
    }

    /// <summary>
    /// <c>C:\app</c>, <c>C:/app</c>, <c>\\server\share</c>, or backslashes used as separators (<c>app\bin</c>) when
    /// <paramref name="allowBareBackslashes"/> (also a bare <c>C:</c>). Dockerfile words: quotes are dropped, and a
    /// backslash that escapes a space, a quote, a <c>$</c> or a dot is shell escaping, not a separator.
    /// </summary>
    public static Kind Classify(string value, bool allowBareBackslashes)
    {
        var text = value.Length >= 2 && (value[0] == '"' || value[0] == '\'') ? Unquote(value) : value;
        if (text.IndexOf(':') < 0 && text.IndexOf('\\') < 0)
        {
            return Kind.None;
        }

        if (HasDriveLetter(text))
        {
            return Kind.DriveLetter;
        }

        if (allowBareBackslashes && text.Length == 2 && IsAsciiLetter(text[0]) && text[1] == ':')
        {
            return Kind.DriveLetter;
        }

        if (IsUnc(text))
        {
            return Kind.Unc;
        }

        return allowBareBackslashes && HasBackslashSeparator(text, backslashEscapes: true) ? Kind.BackslashSeparators : Kind.None;
    }

    /// <summary>An absolute Windows path: <c>C:\data</c>, <c>C:/data</c>, <c>\\server\share</c>.</summary>
    public static bool IsAbsolute(string text) => HasDriveLetter(text) || IsUnc(text);

    /// <summary><c>C:\</c> or <c>C:/</c> at the start.</summary>
    public static bool HasDriveLetter(string text) =>
        text.Length >= 3 && IsAsciiLetter(text[0]) && text[1] == ':' && (text[2] == '\\' || text[2] == '/');

    /// <summary><c>\\server</c> at the start.</summary>
    public static bool IsUnc(string text) =>
        text.StartsWith("\\\\", System.StringComparison.Ordinal) && text.Length > 2 && IsNameChar(text[2]);

    /// <summary>A drive as Docker Toolbox and MSYS write it for a Windows host: <c>//c/Users/me</c>.</summary>
    public static bool IsDockerToolboxDrivePath(string text) =>
        text.Length >= 4 && text[0] == '/' && text[1] == '/' && IsAsciiLetter(text[2]) && text[3] == '/';

    /// <summary>
    /// A backslash between path characters in a relative path (<c>data\config.json</c>, <c>..\bin</c>). In shell text
    /// (<paramref name="backslashEscapes"/>) a backslash before a dot escapes it (<c>\.</c>), so it is not a separator there.
    /// </summary>
    public static bool HasBackslashSeparator(string text, bool backslashEscapes)
    {
        if (IsAbsolute(text))
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == '\\' && (IsNameChar(text[i - 1]) || text[i - 1] == '.') && (IsNameChar(text[i + 1]) || (!backslashEscapes && text[i + 1] == '.')))
            {
                return true;
            }
        }

        return false;
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

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';
}
