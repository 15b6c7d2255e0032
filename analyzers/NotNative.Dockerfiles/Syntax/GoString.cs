using System.Globalization;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>Go's strconv.Quote, so that dumps match BuildKit's byte for byte.</summary>
public static class GoString
{
    private const string Hex = "0123456789abcdef";

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        Append(builder, value);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            int rune = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                rune = char.ConvertToUtf32(c, value[i + 1]);
                width = 2;
            }
            else if (char.IsSurrogate(c))
            {
                rune = 0xFFFD; // Go strings hold no lone surrogates; they would have decoded to U+FFFD
            }

            if (rune == '"' || rune == '\\')
            {
                builder.Append('\\').Append((char)rune);
            }
            else if (IsPrint(rune, value, i))
            {
                if (rune == 0xFFFD && width == 1)
                {
                    builder.Append('\uFFFD');
                }
                else
                {
                    builder.Append(value, i, width);
                }
            }
            else
            {
                switch (rune)
                {
                    case '\a': builder.Append("\\a"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\v': builder.Append("\\v"); break;
                    default:
                        if (rune < ' ' || rune == 0x7F)
                        {
                            builder.Append("\\x").Append(Hex[rune >> 4]).Append(Hex[rune & 0xF]);
                        }
                        else if (rune < 0x10000)
                        {
                            builder.Append("\\u").Append(rune.ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append("\\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }

            i += width - 1;
        }

        builder.Append('"');
    }

    /// <summary>Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    private static bool IsPrint(int rune, string value, int index)
    {
        if (rune < 0x80)
        {
            return rune >= 0x20 && rune < 0x7F;
        }

        if (rune < 0x100)
        {
            return rune >= 0xA1 && rune != 0xAD;
        }

        if (rune == 0xFFFD)
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(value, index);
        switch (category)
        {
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return false;
            default:
                return true;
        }
    }
}
