namespace NotNative.Engine.Files;

/// <summary>
/// The one way NotNative writes a user's file (`notnative fix`): all at once or not at all. The new content goes to a
/// temporary file beside the real file (through a symbolic link, to its target), created with the file's mode and
/// owner from the start, and renamed over it only if the file still has the bytes the fix was computed from.
/// A file with several hard links is refused: a rename would detach this name from the others.
/// </summary>
public static class UserFileWriter
{
    /// <summary>For tests: called with the temporary file's path once it is written, before the last comparison.</summary>
    internal static Action<string>? AfterTemporaryWritten { get; set; }

    /// <summary>Replaces <paramref name="path"/>'s content; returns a note for the user ("through the symbolic link to X") or null.</summary>
    public static string? Replace(string path, byte[] expectedCurrent, byte[] contents)
    {
        var full = Path.GetFullPath(path);
        var target = full;
        string? note = null;
        if (new FileInfo(full).LinkTarget != null)
        {
            var final = File.ResolveLinkTarget(full, returnFinalTarget: true);
            if (final == null || !final.Exists)
            {
                throw new UserFileWriteException("it is a symbolic link whose target does not exist");
            }

            target = final.FullName;
            note = $"written through the symbolic link to '{target}'";
        }

        if ((File.GetAttributes(target) & FileAttributes.ReadOnly) != 0)
        {
            throw new UserFileWriteException("the file is read-only");
        }

        var before = Describe(target);
        if (before is { LinkCount: > 1 } hardLinked)
        {
            throw new UserFileWriteException(
                $"the file has {hardLinked.LinkCount} hard links, and replacing it would separate this name from the others. " +
                "Apply the fix by hand, or give the file its own copy (cp FILE FILE.new && mv FILE.new FILE) and run the fix again");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".notnative-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            WriteTemporary(temporary, contents, before);
            AfterTemporaryWritten?.Invoke(temporary);

            // Last look before the rename: the window in which an edit by someone else is lost is this check to the rename.
            var now = UserFileReader.Read(target, Math.Max(UserFileReader.MaxDockerfileBytes, expectedCurrent.Length));
            if (!now.Succeeded || !now.Bytes.AsSpan().SequenceEqual(expectedCurrent) || Describe(target) is { } after && before is { } was && (after.Inode != was.Inode || after.Device != was.Device || after.LinkCount != was.LinkCount))
            {
                throw new UserFileWriteException("the file changed while it was being fixed");
            }

            File.Move(temporary, target, overwrite: true);
            return note;
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserFileWriteException("the folder cannot be written: " + e.Message.TrimEnd('.'));
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static UnixFileFacts? Describe(string path)
    {
        if (!UnixFile.IsSupported)
        {
            return null;
        }

        using var handle = UserFileReader.Open(path, out var problem) ?? throw new UserFileWriteException("the file " + problem);
        return UnixFile.Stat(handle);
    }

    private static void WriteTemporary(string temporary, byte[] contents, UnixFileFacts? original)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (original is { } facts && !OperatingSystem.IsWindows())
        {
            // Never wider than the final mode, even for a moment (umask can only narrow it; it is set exactly below).
            options.UnixCreateMode = facts.Mode & (UnixFileMode)0x1FF;
        }

        using var stream = new FileStream(temporary, options);
        if (original is { } unix && !OperatingSystem.IsWindows())
        {
            var created = UnixFile.Stat(stream.SafeFileHandle);
            if (created.Uid != unix.Uid || created.Gid != unix.Gid)
            {
                try
                {
                    UnixFile.Chown(stream.SafeFileHandle, unix.Uid, unix.Gid);
                }
                catch (IOException e)
                {
                    throw new UserFileWriteException($"the file belongs to user {unix.Uid}, group {unix.Gid}, and a rewritten copy cannot keep that owner ({e.Message.TrimEnd('.')}); run the fix as that user");
                }
            }

            File.SetUnixFileMode(stream.SafeFileHandle, unix.Mode);
        }

        stream.Write(contents);
        stream.Flush(flushToDisk: true);
    }
}
