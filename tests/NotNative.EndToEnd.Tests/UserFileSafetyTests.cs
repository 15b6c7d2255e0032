using System.Diagnostics;
using NotNative.Tests;
using System.Text;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// Hostile files for check, dump and fix (issue 10): FIFOs, links, unreadable and huge files get NN9001 or NN9004,
/// never a hang or a stack trace; a fix changes only the bytes of its edits and keeps links, mode and owner.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class UserFileSafetyTests : IDisposable
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(60);
    private readonly CliTests _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => _cli.Run(args);

    private string Write(string name, string text) => _cli.Write(name, text);

    private static void Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private async Task<(int Exit, string Out, string Err)> RunWithoutHanging(params string[] args) =>
        await Task.Run(() => Run(args)).WaitAsync(NoHang);

    [UnixFact]
    public async Task A_FIFO_named_Dockerfile_is_NN9001_for_check_dump_and_fix_without_blocking()
    {
        var path = Path.Combine(Path.GetDirectoryName(Write("keep", string.Empty))!, "Dockerfile");
        Shell("mkfifo", path);

        foreach (var command in new[] { new[] { "check", path, "--engine", "off" }, new[] { "dump", path }, new[] { "fix", path } })
        {
            var (exit, output, error) = await RunWithoutHanging(command);
            Assert.Equal(1, exit);
            Assert.Contains("NN9001: The Dockerfile is a FIFO (named pipe), not a regular file.", output + error);
        }
    }

    [UnixFact]
    public async Task A_FIFO_dockerignore_does_not_block_check_or_fix()
    {
        var dockerfile = Write("Dockerfile", "FROM alpine\nCOPY run.sh /run.sh\n");
        Write("run.sh", "#!/bin/sh\necho hi\n");
        Shell("mkfifo", Path.Combine(Path.GetDirectoryName(dockerfile)!, ".dockerignore"));

        var (exit, output, _) = await RunWithoutHanging("check", dockerfile, "--engine", "off");
        Assert.Equal(0, exit);
        Assert.Contains("warning NN9001: The .dockerignore '", output);
        Assert.Contains("' is a FIFO (named pipe), not a regular file, so its patterns were not applied", output);
        Assert.Equal(0, (await RunWithoutHanging("fix", dockerfile)).Exit);
    }

    [UnixFact]
    public void A_dangling_link_and_a_link_loop_named_like_Dockerfiles_are_NN9001_in_a_folder_search()
    {
        var folder = Path.GetDirectoryName(Write("Dockerfile", "FROM alpine\n"))!;
        File.CreateSymbolicLink(Path.Combine(folder, "api.Dockerfile"), "missing");
        File.CreateSymbolicLink(Path.Combine(folder, "Dockerfile.loop"), "loop");
        File.CreateSymbolicLink(Path.Combine(folder, "loop"), "Dockerfile.loop");

        var (exit, output, error) = Run("check", folder, "--engine", "off");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Dockerfile.loop(1,1): error NN9001: The Dockerfile is a symbolic link that cannot be followed (Too many levels of symbolic links).", lines[0]);
        Assert.Contains("api.Dockerfile(1,1): error NN9001: The Dockerfile is a symbolic link to 'missing', which does not exist.", lines[1]);
    }

    [UnixFact]
    public void A_Dockerfile_or_dockerignore_that_is_dev_zero_or_dev_urandom_is_never_read()
    {
        var folder = Path.GetDirectoryName(Write("app/keep", string.Empty))!;
        File.CreateSymbolicLink(Path.Combine(folder, "Dockerfile"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder, "api.Dockerfile"), "/dev/urandom");
        var dockerfile = Write("app/ok/Dockerfile", "FROM alpine\n");
        File.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(dockerfile)!, ".dockerignore"), "/dev/zero");

        var (exit, output, _) = Run("check", folder, "--engine", "off");

        Assert.Equal(1, exit);
        Assert.Contains("Dockerfile(1,1): error NN9001: The Dockerfile is a character device, not a regular file.", output);
        Assert.Contains("api.Dockerfile(1,1): error NN9001: The Dockerfile is a character device, not a regular file.", output);
        Assert.Contains("ok/Dockerfile(1,1): warning NN9001: The .dockerignore '", output);
        Assert.Equal(1, Run("fix", folder).Exit);
    }

    [UnixFact]
    public void A_Dockerfile_over_2_GB_is_NN9001_too_large_without_being_read()
    {
        var path = Write("Dockerfile", string.Empty);
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
        }

        var (exit, output, _) = Run("check", path, "--engine", "off");

        Assert.Equal(1, exit);
        Assert.Contains("error NN9001: The Dockerfile is too large: 3,221,225,472 bytes; NotNative reads files up to 4 MiB and left it unread.", output);
        Assert.Contains("too large", Run("fix", path).Err);
    }

    [AsUnprivilegedUserFact]
    public void An_unreadable_Dockerfile_is_NN9001_for_a_normal_user()
    {
        var path = Write("Dockerfile", "FROM alpine\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (exit, output, error) = UnprivilegedUser.RunNotNative("check", path, "--engine", "off");

        Assert.Equal(1, exit);
        Assert.Contains("error NN9001: The Dockerfile cannot be read: Permission denied.", output);
        Assert.DoesNotContain("   at ", error);
    }

    [AsUnprivilegedUserFact]
    public void An_unreadable_dockerignore_is_no_crash_for_a_normal_user()
    {
        var path = Write("Dockerfile", "FROM alpine\nCOPY run.sh /run.sh\n");
        Write("run.sh", "#!/bin/sh\r\necho hi\r\n");
        var ignore = Write(".dockerignore", "run.sh\n");
        File.SetUnixFileMode(ignore, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (exit, output, error) = UnprivilegedUser.RunNotNative("check", path, "--engine", "off");

        Assert.Equal(string.Empty, error);
        Assert.Equal(1, exit);
        Assert.Contains("(1,1): warning NN9001: The .dockerignore '" + ignore + "' cannot be read: Permission denied, so its patterns were not applied", output);
        Assert.Contains("NN3005", output);
    }

    [Fact]
    public void Fix_keeps_every_Latin1_and_invalid_UTF8_byte_outside_its_edit()
    {
        var path = Write("Dockerfile", string.Empty);
        var latin1 = Encoding.Latin1.GetBytes("FROM alpine\nLABEL maintainer=\"José Müller\"\nWORKDIR C:\\app\n");
        var bytes = latin1.Concat(new byte[] { (byte)'#', 0xC3, 0x28, 0xFF, (byte)'\n' }).ToArray();
        File.WriteAllBytes(path, bytes);

        var (exit, output, _) = Run("fix", path);

        Assert.Equal(0, exit);
        Assert.Contains("applied NN2003", output);
        var expected = Encoding.Latin1.GetBytes("FROM alpine\nLABEL maintainer=\"José Müller\"\nWORKDIR /app\n").Concat(new byte[] { (byte)'#', 0xC3, 0x28, 0xFF, (byte)'\n' });
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_refuses_an_odd_length_UTF16_file_with_NN9004_and_leaves_it_alone()
    {
        var path = Write("Dockerfile", string.Empty);
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("FROM alpine\nWORKDIR C:\\app\n")).Append((byte)0x41).ToArray();
        File.WriteAllBytes(path, bytes);

        var (exit, output, error) = Run("fix", path);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error NN9004: cannot write the fix: its bytes do not decode to text and back unchanged in its encoding, so an edit could alter bytes it does not touch. The file was left as it was.", error);
        Assert.DoesNotContain("..", error);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [UnixFact]
    public void Fix_writes_through_a_symbolic_link_to_the_real_file_and_says_so()
    {
        var real = Write("src/Dockerfile.real", "FROM alpine\nWORKDIR C:\\app\n");
        var link = Path.Combine(Path.GetDirectoryName(Write("keep", string.Empty))!, "Dockerfile");
        File.CreateSymbolicLink(link, real);

        var (exit, output, _) = Run("fix", link);

        Assert.Equal(0, exit);
        Assert.Contains($"applied NN2003: ", output);
        Assert.Contains($"(written through the symbolic link to '{real}')", output);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Equal("FROM alpine\nWORKDIR /app\n", File.ReadAllText(real));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(real)!, ".*notnative-*"));
    }

    [UnixFact]
    public void Fix_refuses_a_hard_linked_file_with_a_clear_NN9004_and_keeps_both_names_linked()
    {
        var path = Write("Dockerfile", "FROM alpine\nWORKDIR C:\\app\n");
        var other = Path.Combine(Path.GetDirectoryName(path)!, "Dockerfile.copy");
        Shell("ln", path, other);

        var (exit, output, error) = Run("fix", path);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error NN9004: cannot write the fix: the file has 2 hard links, and replacing it would separate this name from the others.", error);
        File.AppendAllText(other, "# same file\n");
        Assert.EndsWith("# same file\n", File.ReadAllText(path));
    }

    [AsUnprivilegedUserFact]
    public void Fix_as_root_keeps_the_files_owner_and_mode()
    {
        var path = Write("Dockerfile", "FROM alpine\nWORKDIR C:\\app\n");
        Shell("chown", "nobody:nogroup", path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (exit, _, _) = Run("fix", path);

        Assert.Equal(0, exit);
        Assert.Equal("FROM alpine\nWORKDIR /app\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal("nobody:nogroup", FileOwner.Of(path));
    }
}
