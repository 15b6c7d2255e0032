using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NotNative.Engine.Files;

/// <summary>
/// The one way NotNative reads a file it did not write: a Dockerfile, .dockerignore or script, docker's config.json,
/// a context's meta.json, TLS files. Regular files only (a FIFO, a device, a
/// socket is refused without blocking on it), never more than a cap (a larger file is refused before it is read), and
/// an unreadable file, a dangling symbolic link or a link loop is a <see cref="UserFileRead.Problem"/>, not an exception.
/// </summary>
public static class UserFileReader
{
    /// <summary>
    /// The largest Dockerfile NotNative reads (docs/rules/NN9001.md). Real Dockerfiles are kilobytes (the largest of the
    /// official images' are under 100 KiB); the cap keeps a hostile file's parse and report under a few hundred MiB of memory.
    /// </summary>
    public const long MaxDockerfileBytes = 4 * 1024 * 1024;

    /// <summary>Enough for any real docker config.json or context meta.json.</summary>
    public const long MaxConfigFileBytes = 4 * 1024 * 1024;

    /// <summary>NN9001's message for a Dockerfile that was not read.</summary>
    public static string DockerfileNotRead(string problem) => $"The Dockerfile {problem}. NotNative checks only regular files it can read (docs/rules/NN9001.md).";

    public static UserFileRead Read(string path, long maxBytes = MaxDockerfileBytes)
    {
        try
        {
            using var opened = Open(path, out var problem);
            if (opened == null)
            {
                return UserFileRead.Failed(problem!);
            }

            return ReadAll(opened, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return UserFileRead.Failed("cannot be read: " + e.Message.TrimEnd('.'));
        }
    }

    /// <summary>
    /// What <paramref name="path"/> names (links followed), from stat(2) without opening it: for walking folders and
    /// for "is it there at all". Never a licence to read: a file swapped between this and the open is caught by
    /// <see cref="Read"/>, which checks the handle it opened.
    /// </summary>
    public static UserFileKind KindOf(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (UnixMode(path) is { } mode)
            {
                return (mode & 0xF000) switch
                {
                    UnixFileFacts.Regular => UserFileKind.Regular,
                    UnixFileFacts.Directory => UserFileKind.Directory,
                    _ => UserFileKind.Other,
                };
            }

            if (new FileInfo(path).LinkTarget != null)
            {
                return UserFileKind.Other; // a dangling link or a link loop: there, but no file; reading it says why
            }
        }

        return File.Exists(path) ? UserFileKind.Regular : Directory.Exists(path) ? UserFileKind.Directory : UserFileKind.Missing;
    }

    /// <summary>
    /// Whether <paramref name="path"/>, with every symbolic link resolved, is <paramref name="folder"/> or below it
    /// (resolved too). Where links cannot be resolved (Windows), the path itself must be below the folder and not a link.
    /// </summary>
    public static bool IsInside(string path, string folder)
    {
        var real = UnixFile.IsSupported ? UnixFile.RealPath(path) : (new FileInfo(path).LinkTarget == null ? Path.GetFullPath(path) : null);
        var root = UnixFile.IsSupported ? UnixFile.RealPath(folder) : Path.GetFullPath(folder);
        if (real == null || root == null)
        {
            return false;
        }

        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!Path.EndsInDirectorySeparator(root))
        {
            root += Path.DirectorySeparatorChar;
        }

        return real.StartsWith(root, comparison);
    }

    /// <summary>Opens a regular file for reading without blocking; null with the problem otherwise.</summary>
    internal static SafeFileHandle? Open(string path, out string? problem)
    {
        if (Directory.Exists(path))
        {
            problem = "is a folder, not a file";
            return null;
        }

        if (!UnixFile.IsSupported)
        {
            if (!File.Exists(path))
            {
                problem = DescribeMissing(path, null);
                return null;
            }

            problem = null;
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var handle = UnixFile.OpenForReading(path, out var error);
        if (handle == null)
        {
            problem = DescribeMissing(path, error);
            return null;
        }

        var facts = UnixFile.Stat(handle);
        if (!facts.IsRegular)
        {
            handle.Dispose();
            problem = $"is {facts.TypeName}, not a regular file";
            return null;
        }

        problem = null;
        return handle;
    }

    internal static UserFileRead ReadAll(SafeFileHandle handle, long maxBytes)
    {
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            return UserFileRead.Failed(TooLarge(length, maxBytes));
        }

        // Read one byte more than the cap: a file that grew since fstat is refused, not truncated.
        var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(length, 0) + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return UserFileRead.Failed(TooLarge(total, maxBytes));
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        Array.Resize(ref buffer, total);
        return UserFileRead.Read(buffer);
    }

    private static string TooLarge(long length, long maxBytes) =>
        $"is too large: {length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes; NotNative reads files up to {maxBytes / (1024 * 1024)} MiB and left it unread";

    private static string DescribeMissing(string path, string? error)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget != null)
        {
            return error != null && !error.Contains("No such file", StringComparison.OrdinalIgnoreCase)
                ? $"is a symbolic link that cannot be followed ({error})"
                : $"is a symbolic link to '{info.LinkTarget}', which does not exist";
        }

        return error == null ? "does not exist" : "cannot be read: " + error;
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
