using System.Globalization;
using System.Text;

namespace NotNative.Engine.Engine;

/// <summary>
/// What an engine (or anything that answers on its socket) says, made safe to print: control characters, CR/LF,
/// escape sequences and Unicode line and direction controls are shown escaped, so an answer cannot forge a
/// diagnostic line or repaint a terminal; long strings are cut.
/// </summary>
public static class EngineText
{
    public const int MaxLength = 200;

    public static string Printable(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text!.Length, maxLength) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                return builder.Append("...").ToString();
            }

            if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < 0x20 || c is >= '\u007f' and <= '\u009f' || c is '\u2028' or '\u2029' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';
}
