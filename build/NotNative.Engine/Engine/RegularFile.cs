using System.Runtime.InteropServices;

namespace NotNative.Engine.Engine;

/// <summary>
/// Reads small files that must be regular files: docker's config.json, a context's meta.json, TLS files, scripts
/// in the build context. A FIFO would block the open forever and /dev/zero never ends, so anything that is not a
/// regular file (after following links) is refused before it is opened, and what is read is capped.
/// A file swapped for a FIFO between the check and the open can still block; nothing closes that window portably.
/// </summary>
public static class RegularFile
{
    /// <summary>Enough for any real config.json, meta.json or PEM file.</summary>
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>What a path is, following links: a regular file, something else, or nothing.</summary>
    public enum Kind
    {
        Missing,
        Regular,
        Directory,
        Other,
    }

    public static Kind KindOf(string path)
    {
        if (!OperatingSystem.IsWindows() && UnixMode(path) is { } mode)
        {
            return (mode & 0xF000) switch
            {
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                _ => Kind.Other,
            };
        }

        return File.Exists(path) ? Kind.Regular : Directory.Exists(path) ? Kind.Directory : Kind.Missing;
    }

    /// <summary>True when <paramref name="path"/> is a regular file (links followed); FIFOs, devices and sockets are not.</summary>
    public static bool IsRegular(string path) => KindOf(path) == Kind.Regular;

    /// <summary>
    /// The bytes of a regular file of at most <paramref name="maxBytes"/>, or null with the reason
    /// (missing, not a regular file, too large, unreadable).
    /// </summary>
    public static byte[]? TryRead(string path, int maxBytes, out string? error)
    {
        error = null;
        switch (KindOf(path))
        {
            case Kind.Missing:
                error = $"{path} does not exist";
                return null;
            case Kind.Directory:
            case Kind.Other:
                error = $"{path} is not a regular file";
                return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            var buffer = new byte[Math.Min(maxBytes + 1L, Math.Max(stream.Length + 1, 4096))];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > maxBytes)
                    {
                        error = $"{path} is larger than {maxBytes / 1024} KiB";
                        return null;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
                }

                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            if (total > maxBytes)
            {
                error = $"{path} is larger than {maxBytes / 1024} KiB";
                return null;
            }

            Array.Resize(ref buffer, total);
            return buffer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path} cannot be read ({e.GetType().Name})";
            return null;
        }
    }

    /// <summary>st_mode of the file a path names (links followed), from the runtime's own native shim; null when unknown.</summary>
    private static int? UnixMode(string path)
    {
        try
        {
            // SystemNative_Stat fills the runtime's FileStatus: int Flags, int Mode, then fields that vary by version.
            var status = new byte[512];
            return SystemNativeStat(path, status) == 0 ? BitConverter.ToInt32(status, 4) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int SystemNativeStat(string path, byte[] status);
}
