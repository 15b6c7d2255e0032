using System.Text;

namespace NotNative.Cli.Output;

/// <summary>The report could not be written (a missing folder, no permission, a full disk, a closed pipe).</summary>
internal sealed class ReportWriteException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Where a command writes its report: standard output or the --output file. A failure to write says where and why,
/// as a <see cref="ReportWriteException"/>, instead of an I/O exception from deep inside a writer.
/// </summary>
internal sealed class ReportWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly bool _ownsInner;

    public ReportWriter(TextWriter inner, string destination, bool ownsInner = false)
    {
        _inner = inner;
        Destination = destination;
        _ownsInner = ownsInner;
    }

    /// <summary>What the report goes to, as a message names it: "standard output" or 'path'.</summary>
    public string Destination { get; }

    public override Encoding Encoding => _inner.Encoding;

    /// <summary>Opens (creates or truncates) the --output file before any work, so a bad path fails at once.</summary>
    public static ReportWriter OpenFile(string path)
    {
        var destination = $"'{path}'";
        try
        {
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            return new ReportWriter(new StreamWriter(stream, new UTF8Encoding(false), 1 << 16), destination, ownsInner: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ReportWriteException($"cannot write the report to {destination}: {Reason(path, e)}", e);
        }
    }

    public override void Write(char value) => Guard(() => _inner.Write(value));

    public override void Write(string? value) => Guard(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

    public override void Flush() => Guard(_inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsInner)
        {
            Guard(_inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportWriteException($"cannot write the report to {Destination}: {e.Message}", e);
        }
    }

    private static string Reason(string path, Exception e)
    {
        return e switch
        {
            DirectoryNotFoundException => $"the folder '{Path.GetDirectoryName(Path.GetFullPath(path))}' does not exist",
            UnauthorizedAccessException when Directory.Exists(path) => "it is a folder",
            UnauthorizedAccessException => "permission denied",
            _ => e.Message,
        };
    }
}
