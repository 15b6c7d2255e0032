namespace NotNative.Engine.Files;

/// <summary>What fstat(2) says about an open file: the few fields the safe reader and writer need.</summary>
internal readonly record struct UnixFileFacts(int Type, UnixFileMode Mode, long LinkCount, uint Uid, uint Gid, long Size, ulong Device, ulong Inode)
{
    public const int Regular = 0x8000;
    public const int Directory = 0x4000;
    public const int Fifo = 0x1000;
    public const int CharacterDevice = 0x2000;
    public const int BlockDevice = 0x6000;
    public const int Socket = 0xC000;

    public bool IsRegular => Type == Regular;

    public string TypeName => Type switch
    {
        Fifo => "a FIFO (named pipe)",
        CharacterDevice => "a character device",
        BlockDevice => "a block device",
        Socket => "a socket",
        Directory => "a folder",
        _ => "not a regular file",
    };
}
