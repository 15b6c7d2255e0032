using System.Text;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Engine.Files;

/// <summary>
/// Applies text edits to a file's original bytes: only the bytes of each edited span change, every other byte is
/// kept as it was (a Latin-1 LABEL, invalid UTF-8, an odd trailing byte of UTF-16 survive). An edit that would
/// write a character the decoding could not read (U+FFFD) is refused rather than guessed.
/// </summary>
public static class ByteEdits
{
    /// <summary>The new bytes, or null with <paramref name="problem"/> when the edits cannot be written byte-exactly.</summary>
    public static byte[]? Apply(byte[] original, DockerfileText decoded, IReadOnlyList<TextEdit> edits, out string? problem)
    {
        problem = null;
        var offsets = ByteOffsets(original, decoded);
        if (offsets == null)
        {
            problem = "its bytes do not decode to text and back unchanged in its encoding, so an edit could alter bytes it does not touch";
            return null;
        }

        var output = new List<byte>(original.Length + 64);
        var position = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start))
        {
            if (edit.NewText.Contains('\uFFFD') || decoded.Text.AsSpan(edit.Span.Start, edit.Span.Length).Contains('\uFFFD'))
            {
                problem = "an edit touches bytes that are not valid in the file's encoding";
                return null;
            }

            var start = offsets[edit.Span.Start];
            var end = offsets[edit.Span.End];
            output.AddRange(original.AsSpan(position, start - position).ToArray());
            output.AddRange(decoded.Encoding.GetBytes(edit.NewText));
            position = end;
        }

        output.AddRange(original.AsSpan(position).ToArray());
        return output.ToArray();
    }

    /// <summary>For each char index of the decoded text (and its end), the byte offset in the original file.</summary>
    private static int[]? ByteOffsets(byte[] original, DockerfileText decoded)
    {
        var text = decoded.Text;
        var preamble = decoded.HasByteOrderMark ? (decoded.Encoding is UnicodeEncoding ? 2 : 3) : 0;
        var offsets = new int[text.Length + 1];
        if (decoded.Encoding is UnicodeEncoding)
        {
            // UTF-16 maps 2 bytes to a char only when the file round-trips (no odd byte, no lone surrogate).
            if ((original.Length - preamble) != text.Length * 2 || !decoded.Encode(text).AsSpan().SequenceEqual(original))
            {
                return null;
            }

            for (var i = 0; i <= text.Length; i++)
            {
                offsets[i] = preamble + (2 * i);
            }

            return offsets;
        }

        // UTF-8: walk the bytes as the decoder did; each invalid sequence became one U+FFFD.
        var bytes = original.AsSpan(preamble);
        var index = 0;
        var consumed = 0;
        while (consumed < bytes.Length)
        {
            System.Text.Rune.DecodeFromUtf8(bytes[consumed..], out var rune, out var length);
            var chars = rune.Utf16SequenceLength;
            if (index + chars > text.Length)
            {
                return null;
            }

            for (var c = 0; c < chars; c++)
            {
                offsets[index + c] = preamble + consumed + (c == 0 ? 0 : length);
            }

            index += chars;
            consumed += length;
        }

        if (index != text.Length)
        {
            return null;
        }

        offsets[text.Length] = original.Length;
        return offsets;
    }
}
