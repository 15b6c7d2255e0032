using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NotNative.Engine.Files;

/// <summary>
/// The POSIX calls .NET does not expose: open(2) with O_NONBLOCK (a FIFO must not block the open), fstat(2) for the
/// file type, link count and owner, fchown(2) and geteuid(2). Bound at run time to the C library so one assembly runs on
/// Linux (x64, arm64; glibc or musl) and macOS. Where the layout of struct stat is not known, <see cref="IsSupported"/> is false.
/// </summary>
internal static class UnixFile
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int OpenFunction([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int FstatFunction(int fd, byte[] buffer);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int VersionedFstatFunction(int version, int fd, byte[] buffer);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int FchownFunction(int fd, uint uid, uint gid);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate uint GeteuidFunction();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate IntPtr RealpathFunction([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void FreeFunction(IntPtr pointer);

    private static readonly Lazy<Bindings?> Native = new(Bind);

    public static bool IsSupported => Native.Value != null;

    /// <summary>Opens <paramref name="path"/> for reading without blocking on a FIFO; null with the errno text when it fails.</summary>
    public static SafeFileHandle? OpenForReading(string path, out string? error)
    {
        var native = Native.Value!;
        var fd = native.Open(path, native.ReadNonBlocking, 0);
        if (fd < 0)
        {
            error = Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
            return null;
        }

        error = null;
        return new SafeFileHandle((IntPtr)fd, ownsHandle: true);
    }

    public static UnixFileFacts Stat(SafeFileHandle handle)
    {
        var native = Native.Value!;
        var buffer = new byte[512];
        var fd = (int)handle.DangerousGetHandle();
        var result = native.Fstat != null ? native.Fstat(fd, buffer) : native.VersionedFstat!(native.StatVersion, fd, buffer);
        if (result != 0)
        {
            throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }

        return native.Layout.Read(buffer);
    }

    public static void Chown(SafeFileHandle handle, uint uid, uint gid)
    {
        if (Native.Value!.Fchown((int)handle.DangerousGetHandle(), uid, gid) != 0)
        {
            throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }
    }

    public static uint EffectiveUserId => Native.Value!.Geteuid();

    /// <summary>The path with every symbolic link resolved (realpath(3)); null when it cannot be resolved.</summary>
    public static string? RealPath(string path)
    {
        var native = Native.Value!;
        var resolved = native.Realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            native.Free(resolved);
        }
    }

    private sealed class Bindings
    {
        public OpenFunction Open = null!;
        public FstatFunction? Fstat;
        public VersionedFstatFunction? VersionedFstat;
        public int StatVersion;
        public FchownFunction Fchown = null!;
        public GeteuidFunction Geteuid = null!;
        public RealpathFunction Realpath = null!;
        public FreeFunction Free = null!;
        public int ReadNonBlocking;
        public StatLayout Layout = null!;
    }

    private static Bindings? Bind()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var linux = OperatingSystem.IsLinux();
        var layout = (linux, RuntimeInformation.ProcessArchitecture) switch
        {
            (true, Architecture.X64) => StatLayout.LinuxX64,
            (true, Architecture.Arm64) => StatLayout.LinuxGeneric,
            (false, Architecture.X64 or Architecture.Arm64) when OperatingSystem.IsMacOS() => StatLayout.MacOs,
            _ => null,
        };
        if (layout == null)
        {
            return null;
        }

        IntPtr library = IntPtr.Zero;
        foreach (var name in linux ? new[] { "libc.so.6", "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1", "libc" } : new[] { "/usr/lib/libSystem.B.dylib" })
        {
            if (NativeLibrary.TryLoad(name, out library))
            {
                break;
            }
        }

        if (library == IntPtr.Zero)
        {
            return null;
        }

        var bindings = new Bindings
        {
            Layout = layout,
            // O_RDONLY | O_NONBLOCK | O_CLOEXEC
            ReadNonBlocking = linux ? 0x800 | 0x80000 : 0x4 | 0x1000000,
            StatVersion = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0,
        };
        if (!TryGet(library, "open", out bindings.Open!) || !TryGet(library, "fchown", out bindings.Fchown!) || !TryGet(library, "geteuid", out bindings.Geteuid!)
            || !TryGet(library, "realpath", out bindings.Realpath!) || !TryGet(library, "free", out bindings.Free!))
        {
            return null;
        }

        // macOS x64 has the 64-bit inode struct stat under fstat$INODE64; glibc before 2.33 exports only __fxstat.
        var fstatName = OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.X64 ? "fstat$INODE64" : "fstat";
        if (!TryGet(library, fstatName, out bindings.Fstat) && !(linux && TryGet(library, "__fxstat", out bindings.VersionedFstat)))
        {
            return null;
        }

        return bindings;
    }

    private static bool TryGet<T>(IntPtr library, string name, out T? function) where T : Delegate
    {
        function = NativeLibrary.TryGetExport(library, name, out var address) ? Marshal.GetDelegateForFunctionPointer<T>(address) : null;
        return function != null;
    }

    /// <summary>Offsets of the fields of struct stat on one platform.</summary>
    private sealed record StatLayout(int Device, int DeviceSize, int Inode, int LinkCount, int LinkCountSize, int Mode, int ModeSize, int Uid, int Gid, int Size)
    {
        public static readonly StatLayout LinuxX64 = new(0, 8, 8, 16, 8, 24, 4, 28, 32, 48);
        public static readonly StatLayout LinuxGeneric = new(0, 8, 8, 20, 4, 16, 4, 24, 28, 48);
        public static readonly StatLayout MacOs = new(0, 4, 8, 6, 2, 4, 2, 16, 20, 96);

        public UnixFileFacts Read(byte[] buffer)
        {
            var mode = ReadUnsigned(buffer, Mode, ModeSize);
            return new UnixFileFacts(
                (int)(mode & 0xF000),
                (UnixFileMode)(mode & 0xFFF),
                (long)ReadUnsigned(buffer, LinkCount, LinkCountSize),
                BitConverter.ToUInt32(buffer, Uid),
                BitConverter.ToUInt32(buffer, Gid),
                BitConverter.ToInt64(buffer, Size),
                ReadUnsigned(buffer, Device, DeviceSize),
                BitConverter.ToUInt64(buffer, Inode));
        }

        private static ulong ReadUnsigned(byte[] buffer, int offset, int size) => size switch
        {
            2 => BitConverter.ToUInt16(buffer, offset),
            4 => BitConverter.ToUInt32(buffer, offset),
            _ => BitConverter.ToUInt64(buffer, offset),
        };
    }
}
