using System.Diagnostics;
using NotNative.Tests;
using System.Text;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Files;

namespace NotNative.Engine.Tests;

/// <summary>The shared reader and writer of user files: what they refuse, and what a write keeps.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UserFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-files-" + Guid.NewGuid().ToString("N")[..12]);

    public UserFilesTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        UserFileWriter.AfterTemporaryWritten = null;
        Directory.Delete(_folder, recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("/dev/zero", "is a character device, not a regular file")]
    [InlineData("/dev/urandom", "is a character device, not a regular file")]
    [InlineData("/", "is a folder, not a file")]
    public void Devices_and_folders_are_refused_without_reading_them(string path, string problem)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Linux device paths
        }

        var read = UserFileReader.Read(path);

        Assert.False(read.Succeeded);
        Assert.Equal(problem, read.Problem);
    }

    [Fact]
    public void KindOf_names_what_a_path_is_without_opening_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(_folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var dangling = Path.Combine(_folder, "dangling");
        File.CreateSymbolicLink(dangling, Path.Combine(_folder, "nothing"));
        var toFolder = Path.Combine(_folder, "to-folder");
        File.CreateSymbolicLink(toFolder, _folder);

        Assert.Equal(UserFileKind.Regular, UserFileReader.KindOf(Write("Dockerfile", "FROM scratch\n")));
        Assert.Equal(UserFileKind.Directory, UserFileReader.KindOf(_folder));
        Assert.Equal(UserFileKind.Directory, UserFileReader.KindOf(toFolder));
        Assert.Equal(UserFileKind.Other, UserFileReader.KindOf(fifo));
        Assert.Equal(UserFileKind.Other, UserFileReader.KindOf("/dev/zero"));
        Assert.Equal(UserFileKind.Other, UserFileReader.KindOf(dangling));
        Assert.Equal(UserFileKind.Missing, UserFileReader.KindOf(Path.Combine(_folder, "absent")));
    }

    [Fact]
    public void A_symbolic_link_to_dev_zero_is_refused_as_a_device()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var link = Path.Combine(_folder, "Dockerfile");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.Equal("is a character device, not a regular file", UserFileReader.Read(link).Problem);
    }

    [Fact]
    public void A_file_at_the_cap_is_read_and_one_byte_more_is_refused()
    {
        var path = Write("Dockerfile", string.Empty);
        File.WriteAllBytes(path, new byte[100]);

        Assert.Equal(100, UserFileReader.Read(path, maxBytes: 100).Bytes!.Length);
        Assert.Equal("is too large: 100 bytes; NotNative reads files up to 0 MiB and left it unread", UserFileReader.Read(path, maxBytes: 99).Problem);
    }

    [Fact]
    public void The_temporary_file_has_the_final_mode_and_owner_before_anything_is_written_to_the_real_file()
    {
        var path = Write("Dockerfile", "FROM alpine\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var root = Environment.UserName == "root";
        if (root)
        {
            using var chown = Process.Start("chown", $"nobody:nogroup {path}");
            chown.WaitForExit();
        }

        var seen = new List<string>();
        UserFileWriter.AfterTemporaryWritten = temporary => seen.Add($"{File.GetUnixFileMode(temporary)} {FileOwner.Of(temporary)}");
        UserFileWriter.Replace(path, Encoding.UTF8.GetBytes("FROM alpine\n"), Encoding.UTF8.GetBytes("FROM alpine:3\n"));

        var owner = FileOwner.Of(path);
        Assert.Equal(root ? "nobody:nogroup" : owner, owner);
        Assert.Equal($"{UnixFileMode.UserRead | UnixFileMode.UserWrite} {owner}", Assert.Single(seen));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal("FROM alpine:3\n", File.ReadAllText(path));
    }

    [Fact]
    public void An_edit_made_after_the_temporary_file_is_written_is_kept_and_the_fix_is_refused()
    {
        var path = Write("Dockerfile", "FROM alpine\nWORKDIR C:\\app\n");
        UserFileWriter.AfterTemporaryWritten = _ => File.WriteAllText(path, "FROM alpine\nWORKDIR C:\\srv\n");

        var error = Assert.Throws<UserFileWriteException>(() =>
            UserFileWriter.Replace(path, Encoding.UTF8.GetBytes("FROM alpine\nWORKDIR C:\\app\n"), Encoding.UTF8.GetBytes("FROM alpine\nWORKDIR /app\n")));

        Assert.Equal("the file changed while it was being fixed", error.Message);
        Assert.Equal("FROM alpine\nWORKDIR C:\\srv\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_file_replaced_by_another_with_the_same_bytes_is_refused_too()
    {
        var path = Write("Dockerfile", "FROM alpine\n");
        UserFileWriter.AfterTemporaryWritten = _ =>
        {
            File.WriteAllText(path + ".new", "FROM alpine\n");
            File.Move(path + ".new", path, overwrite: true);
        };

        Assert.Throws<UserFileWriteException>(() => UserFileWriter.Replace(path, Encoding.UTF8.GetBytes("FROM alpine\n"), Encoding.UTF8.GetBytes("FROM alpine:3\n")));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'A', 0xE9, (byte)'B', (byte)'C' }, 2, 3, "x", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'A', 0xE9, (byte)'x', (byte)'C' })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9, 0x80, (byte)'Z' }, 4, 5, "zz", new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9, 0x80, (byte)'z', (byte)'z' })]
    [InlineData(new byte[] { (byte)'a', 0xED, 0xA0, 0x80, (byte)'b', (byte)'c' }, 4, 5, "B", new byte[] { (byte)'a', 0xED, 0xA0, 0x80, (byte)'B', (byte)'c' })] // a surrogate in UTF-8
    [InlineData(new byte[] { (byte)'x', (byte)'y', 0xE2, 0x82 }, 0, 1, "", new byte[] { (byte)'y', 0xE2, 0x82 })] // truncated at the end
    [InlineData(new byte[] { (byte)'x', 0xC0, 0xAF, (byte)'y' }, 3, 3, "z", new byte[] { (byte)'x', 0xC0, 0xAF, (byte)'z', (byte)'y' })] // overlong
    public void Byte_edits_keep_every_byte_outside_the_edit(byte[] original, int start, int end, string newText, byte[] expected)
    {
        var decoded = DockerfileText.Decode(original);

        var result = ByteEdits.Apply(original, decoded, new[] { new TextEdit(new TextSpan(start, end - start), newText) }, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, result);
    }

    [Fact]
    public void A_byte_edit_over_an_undecodable_byte_is_refused()
    {
        var original = new byte[] { (byte)'a', 0xFF, (byte)'b' };

        var result = ByteEdits.Apply(original, DockerfileText.Decode(original), new[] { new TextEdit(new TextSpan(0, 2), "x") }, out var problem);

        Assert.Null(result);
        Assert.Equal("an edit touches bytes that are not valid in the file's encoding", problem);
    }
}
