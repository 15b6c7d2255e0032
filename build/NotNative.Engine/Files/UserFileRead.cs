namespace NotNative.Engine.Files;

/// <summary>A user file's bytes, or why they were not read (<see cref="Problem"/> completes "PATH ...").</summary>
public sealed class UserFileRead
{
    private UserFileRead(byte[]? bytes, string? problem)
    {
        Bytes = bytes;
        Problem = problem;
    }

    public byte[]? Bytes { get; }

    /// <summary>Why the file was not read, e.g. "is a FIFO (named pipe), not a regular file"; null when it was.</summary>
    public string? Problem { get; }

    public bool Succeeded => Bytes != null;

    internal static UserFileRead Read(byte[] bytes) => new(bytes, null);

    internal static UserFileRead Failed(string problem) => new(null, problem);
}
