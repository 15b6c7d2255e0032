namespace NotNative.EndToEnd.Tests;

/// <summary>`notnative fix` on a file it cannot write: the exact change or a clear NN9004 error, never a half-written file.</summary>
public class NN9004FixWriteTests : IDisposable
{
    private readonly CliTests _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => _cli.Run(args);

    private string Write(string name, string text) => _cli.Write(name, text);

    [Fact]
    public void Fix_on_a_read_only_file_leaves_it_alone_with_a_clear_error()
    {
        var path = Write("Dockerfile", "FROM alpine\nWORKDIR C:\\app\n");
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var (exit, output, err) = Run("fix", path);
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output); // "applied" only for what was written
            Assert.EndsWith("error NN9004: cannot write the fix: the file is read-only. The file was left as it was.", err.TrimEnd());
            Assert.Equal("FROM alpine\nWORKDIR C:\\app\n", File.ReadAllText(path));
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    public void Fix_keeps_a_UTF16_file_UTF16_with_its_BOM_and_mixed_line_endings()
    {
        var path = Write("Dockerfile", string.Empty);
        var text = "FROM alpine\r\nWORKDIR C:\\app\nRUN echo é\r\n";
        File.WriteAllBytes(path, new System.Text.UnicodeEncoding(false, true).GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray());

        var (exit, _, _) = Run("fix", path);

        Assert.Equal(0, exit);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xFF, 0xFE }, bytes[..2]);
        Assert.Equal("FROM alpine\r\nWORKDIR /app\nRUN echo é\r\n", System.Text.Encoding.Unicode.GetString(bytes[2..]));
    }

    [Fact]
    public void A_file_changed_between_read_and_write_is_left_as_it_is_with_a_clear_error()
    {
        var path = Write("Dockerfile", "FROM alpine\nWORKDIR C:\\app\n");
        var read = File.ReadAllBytes(path);
        File.WriteAllText(path, "FROM alpine\nWORKDIR C:\\srv\n"); // someone saves the file meanwhile

        var error = Assert.Throws<NotNative.Engine.Files.UserFileWriteException>(() => NotNative.Engine.Files.UserFileWriter.Replace(path, read, System.Text.Encoding.UTF8.GetBytes("FROM alpine\nWORKDIR /app\n")));

        Assert.Contains("changed while it was being fixed", error.Message);
        Assert.Equal("FROM alpine\nWORKDIR C:\\srv\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
