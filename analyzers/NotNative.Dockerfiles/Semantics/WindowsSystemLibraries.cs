using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// Native libraries that ship only with Windows, for NN1008's P/Invoke check ([DllImport], [LibraryImport],
/// NativeLibrary.Load): a Linux container has none of them, and loading one throws DllNotFoundException
/// ("Unable to load shared library 'kernel32.dll'", microsoft/FASTER#249). The list beside <see cref="WindowsPrograms"/>.
/// </summary>
public static class WindowsSystemLibraries
{
    // The Win32 system DLLs that P/Invoke declarations name, without ".dll". Not listed: names a Linux or macOS
    // library may also have (libc, libSystem.Native, sqlite3, gdiplus, which libgdiplus provides under its own name).
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "kernel32", "kernelbase", "user32", "advapi32", "ntdll", "ole32", "oleaut32", "shell32", "shlwapi", "gdi32",
        "ws2_32", "mswsock", "winmm", "crypt32", "secur32", "sspicli", "netapi32", "iphlpapi", "psapi", "dbghelp",
        "version", "comctl32", "comdlg32", "dwmapi", "uxtheme", "imm32", "winspool", "wininet", "winhttp", "urlmon",
        "rpcrt4", "setupapi", "cfgmgr32", "userenv", "wtsapi32", "bcrypt", "ncrypt", "dnsapi", "mpr", "powrprof",
        "msvcrt", "ucrtbase", "wintrust", "wldap32", "authz", "credui", "pdh", "wevtapi", "httpapi", "shcore",
        "combase", "oleacc", "hid", "winusb", "wlanapi", "fwpuclnt", "activeds", "msi", "odbc32", "d3d11", "dxgi",
        "d2d1", "dwrite", "opengl32", "xinput1_4", "mscoree", "avrt", "virtdisk", "newdev", "rasapi32", "ktmw32",
        "coredll",
    };

    /// <summary>
    /// Whether a P/Invoke library name or path names a Windows system library: <c>kernel32</c>, <c>Kernel32.dll</c>,
    /// <c>C:\Windows\System32\user32.dll</c>, <c>winspool.drv</c>, or a Windows API set (<c>api-ms-win-core-*</c>).
    /// </summary>
    public static bool IsWindowsSystemLibrary(string? libraryName)
    {
        if (string.IsNullOrWhiteSpace(libraryName))
        {
            return false;
        }

        var name = libraryName!.Trim();
        name = name.Substring(Math.Max(name.LastIndexOf('\\'), name.LastIndexOf('/')) + 1);
        if (name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".drv", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(0, name.Length - 4);
        }

        return Names.Contains(name)
               || name.StartsWith("api-ms-win-", StringComparison.OrdinalIgnoreCase)
               || name.StartsWith("ext-ms-win-", StringComparison.OrdinalIgnoreCase);
    }
}
