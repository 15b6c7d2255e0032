namespace NotNative.Engine.Files;

/// <summary>A fix that was not written; the file is as it was. <see cref="Exception.Message"/> completes "PATH: ...".</summary>
public sealed class UserFileWriteException : IOException
{
    public UserFileWriteException(string message)
        : base(message)
    {
    }
}
