using System;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// A Dockerfile's bytes decoded, with what is needed to write it back unchanged apart from an edit:
/// the encoding and whether it had a byte-order mark.
/// </summary>
public sealed class DockerfileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private DockerfileText(string text, Encoding encoding, bool hasByteOrderMark)
    {
        Text = text;
        Encoding = encoding;
        HasByteOrderMark = hasByteOrderMark;
    }

    /// <summary>The text without its byte-order mark.</summary>
    public string Text { get; }
    public Encoding Encoding { get; }
    public bool HasByteOrderMark { get; }

    public static DockerfileText Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new DockerfileText(StrictUtf8.GetString(bytes, 3, bytes.Length - 3), StrictUtf8, true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
            return new DockerfileText(utf16.GetString(bytes, 2, bytes.Length - 2), utf16, true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            var utf16 = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
            return new DockerfileText(utf16.GetString(bytes, 2, bytes.Length - 2), utf16, true);
        }

        return new DockerfileText(StrictUtf8.GetString(bytes), StrictUtf8, false);
    }

    /// <summary>The bytes of <paramref name="newText"/> in this file's encoding, with its byte-order mark if it had one.</summary>
    public byte[] Encode(string newText)
    {
        var body = Encoding.GetBytes(newText);
        if (!HasByteOrderMark)
        {
            return body;
        }

        var preamble = Encoding is UnicodeEncoding unicode
            ? (unicode.GetBytes("\uFEFF"))
            : new byte[] { 0xEF, 0xBB, 0xBF };
        var result = new byte[preamble.Length + body.Length];
        Buffer.BlockCopy(preamble, 0, result, 0, preamble.Length);
        Buffer.BlockCopy(body, 0, result, preamble.Length, body.Length);
        return result;
    }
}
