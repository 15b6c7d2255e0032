using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.WindowsLibraryImportAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>NN1008 for P/Invoke: unguarded calls into Windows system libraries from code that runs in a Linux container.</summary>
public class NN1008PInvokeTests
{
    private const string DllNotFound = "calling '{0}' throws DllNotFoundException ('Unable to load shared library')";

    [Fact]
    public Task DllImport_LibraryImport_and_NativeLibrary_Load_of_Windows_libraries_are_reported_at_the_call() => Verify.VerifyAsync("""
        using System;
        using System.Runtime.InteropServices;
        static partial class Native
        {
            [DllImport("kernel32.dll", SetLastError = true)]
            public static extern uint GetTickCount();

            [DllImport("Advapi32")]
            public static extern bool RevertToSelf();

            [LibraryImport("USER32.DLL")]
            public static partial int GetSystemMetrics(int index);

            // Stands for the implementation the LibraryImport generator writes.
            public static partial int GetSystemMetrics(int index) => 0;
        }
        class C
        {
            void M()
            {
                var ticks = {|#0:Native.GetTickCount()|};
                {|#1:Native.RevertToSelf()|};
                var width = {|#2:Native.GetSystemMetrics(0)|};
                var handle = {|#3:NativeLibrary.Load("ntdll.dll")|};
                var loaded = {|#4:NativeLibrary.TryLoad("Kernel32", out var kernel)|};
                Func<uint> later = {|#5:Native.GetTickCount|};
            }
        }
        """,
        Verify.Diagnostic("NN1008").WithLocation(0).WithArguments("kernel32.dll", string.Format(DllNotFound, "Native.GetTickCount")),
        Verify.Diagnostic("NN1008").WithLocation(1).WithArguments("Advapi32", string.Format(DllNotFound, "Native.RevertToSelf")),
        Verify.Diagnostic("NN1008").WithLocation(2).WithArguments("USER32.DLL", string.Format(DllNotFound, "Native.GetSystemMetrics")),
        Verify.Diagnostic("NN1008").WithLocation(3).WithArguments("ntdll.dll", "NativeLibrary.Load throws DllNotFoundException"),
        Verify.Diagnostic("NN1008").WithLocation(4).WithArguments("Kernel32", "NativeLibrary.TryLoad returns false and the code it guards never runs"),
        Verify.Diagnostic("NN1008").WithLocation(5));

    [Fact]
    public Task Library_names_in_constants_and_paths_are_recognised() => Verify.VerifyAsync("""
        using System.Runtime.InteropServices;
        static class Libraries
        {
            public const string Kernel32 = "kernel32";
            public const string Sysinfo = "api-ms-win-core-sysinfo-l1-1-0.dll";
        }
        static class Native
        {
            [DllImport(Libraries.Kernel32)] public static extern int GetCurrentProcessId();
            [DllImport(Libraries.Sysinfo)] public static extern void GetSystemInfo(out long info);
            [DllImport(@"C:\Windows\System32\winmm.dll")] public static extern uint timeGetTime();
        }
        class C
        {
            void M()
            {
                {|#0:Native.GetCurrentProcessId()|};
                {|#1:Native.GetSystemInfo(out var info)|};
                {|#2:Native.timeGetTime()|};
                {|#3:NativeLibrary.Load(Libraries.Kernel32 + ".dll")|};
            }
        }
        """,
        Verify.Diagnostic("NN1008").WithLocation(0).WithArguments("kernel32", string.Format(DllNotFound, "Native.GetCurrentProcessId")),
        Verify.Diagnostic("NN1008").WithLocation(1).WithArguments("api-ms-win-core-sysinfo-l1-1-0.dll", string.Format(DllNotFound, "Native.GetSystemInfo")),
        Verify.Diagnostic("NN1008").WithLocation(2).WithArguments(@"C:\Windows\System32\winmm.dll", string.Format(DllNotFound, "Native.timeGetTime")),
        Verify.Diagnostic("NN1008").WithLocation(3).WithArguments("kernel32.dll", "NativeLibrary.Load throws DllNotFoundException"));

    [Fact]
    public Task Guarded_calls_and_Windows_only_callers_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Runtime.InteropServices;
        using System.Runtime.Versioning;
        static class Native
        {
            [DllImport("kernel32.dll")] public static extern uint GetTickCount();
        }
        class C
        {
            uint A() => OperatingSystem.IsWindows() ? Native.GetTickCount() : (uint)Environment.TickCount;

            void B()
            {
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                {
                    Native.GetTickCount();
                    NativeLibrary.Load("user32.dll");
                }
            }

            void EarlyReturn()
            {
                if (!OperatingSystem.IsWindows())
                {
                    return;
                }

                Native.GetTickCount();
            }

            [SupportedOSPlatform("windows")]
            void WindowsOnly() => Native.GetTickCount();
        }
        """);

    [Fact]
    public Task A_declaration_marked_Windows_only_is_left_to_CA1416_except_where_CA1416_is_silent()
    {
        const string source = """
            using System.Runtime.InteropServices;
            using System.Runtime.Versioning;
            [SupportedOSPlatform("windows")]
            static class Native
            {
                [DllImport("kernel32.dll")] public static extern uint GetTickCount();
            }
            class C
            {
                uint M() => {|#0:Native.GetTickCount()|};
            }
            """;
        return Task.WhenAll(
            Verify.VerifyAsync(Markup.Strip(source)),
            Verify.VerifyAsync(source, BuildProperties.LinuxContainer.With("TargetPlatformIdentifier", "windows"),
                Verify.Diagnostic("NN1008").WithLocation(0).WithArguments("kernel32.dll", string.Format(DllNotFound, "Native.GetTickCount"))));
    }

    [Fact]
    public Task Linux_and_runtime_libraries_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Runtime.InteropServices;
        static partial class Interop
        {
            // Testcontainers' rootless Docker lookup (RootlessUnixEndpointAuthenticationProvider) imports libc.
            [DllImport("libc", EntryPoint = "getuid")] public static extern uint GetUid();
            [DllImport("libSystem.Native", EntryPoint = "SystemNative_GetPid")] public static extern int GetPid();
            [DllImport("sqlite3")] public static extern int sqlite3_libversion_number();
            [LibraryImport("libc", EntryPoint = "geteuid")] public static partial uint GetEuid();
            public static partial uint GetEuid() => 0;
            [DllImport("kernel32.dll")] public static extern uint GetTickCount();
        }
        class C
        {
            void M(string name)
            {
                Interop.GetUid(); Interop.GetPid(); Interop.sqlite3_libversion_number(); Interop.GetEuid();
                NativeLibrary.Load("libdl.so.2");
                NativeLibrary.Load(name);
                NativeLibrary.TryLoad("e_sqlite3", typeof(C).Assembly, null, out _);
            }
        }
        """);

    [Fact]
    public Task Code_outside_a_container_project_is_not_reported() => Verify.VerifyAsync("""
        using System.Runtime.InteropServices;
        static class Native
        {
            [DllImport("kernel32.dll")] public static extern uint GetTickCount();
        }
        class C
        {
            uint M() => Native.GetTickCount();
        }
        """, BuildProperties.None);

    /// <summary>microsoft/FASTER#249, reduced: a storage device calls kernel32 through its Native32 class, unguarded, and the Linux container fails with DllNotFoundException.</summary>
    [Fact]
    public Task Held_out_FASTER_249_kernel32_from_a_storage_device() => Verify.VerifyAsync("""
        using System;
        using System.Runtime.InteropServices;
        using Microsoft.Win32.SafeHandles;
        internal static class Native32
        {
            [DllImport("kernel32.dll", SetLastError = true)]
            internal static extern bool GetFileSizeEx(SafeFileHandle hFile, out long lpFileSize);

            [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
            internal static extern bool GetDiskFreeSpace(string lpRootPathName, out uint lpSectorsPerCluster, out uint lpBytesPerSector, out uint lpNumberOfFreeClusters, out uint lpTotalNumberOfClusters);
        }
        public class LocalStorageDevice
        {
            private readonly uint sectorSize;

            public LocalStorageDevice(string filename)
            {
                {|#0:Native32.GetDiskFreeSpace(filename.Substring(0, 3), out _, out sectorSize, out _, out _)|};
            }

            public long GetFileSize(SafeFileHandle handle)
            {
                {|#1:Native32.GetFileSizeEx(handle, out var size)|};
                return size;
            }
        }
        """,
        Verify.Diagnostic("NN1008").WithLocation(0).WithArguments("kernel32.dll", string.Format(DllNotFound, "Native32.GetDiskFreeSpace")),
        Verify.Diagnostic("NN1008").WithLocation(1).WithArguments("kernel32.dll", string.Format(DllNotFound, "Native32.GetFileSizeEx")));

    /// <summary>The fixed twin of FASTER#249: the Windows device only where the OS is Windows, a managed one elsewhere.</summary>
    [Fact]
    public Task Held_out_FASTER_249_fixed_twin_is_clean() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Runtime.InteropServices;
        using Microsoft.Win32.SafeHandles;
        internal static class Native32
        {
            [DllImport("kernel32.dll", SetLastError = true)]
            internal static extern bool GetFileSizeEx(SafeFileHandle hFile, out long lpFileSize);
        }
        public class StorageDevice
        {
            public long GetFileSize(SafeFileHandle handle, string path)
            {
                if (OperatingSystem.IsWindows())
                {
                    Native32.GetFileSizeEx(handle, out var size);
                    return size;
                }

                return new FileInfo(path).Length;
            }
        }
        """);
}
