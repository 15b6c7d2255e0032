using System;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// Programs that exist only on Windows, shared by the Dockerfile rules (NN2004 shells, NN2005 commands) and the C# rule
/// NN1007 (Process.Start). Names are compared lower-case, as <see cref="ProgramName"/> gives them.
/// </summary>
public static class WindowsPrograms
{
    /// <summary>cmd, Windows PowerShell and command.com; pwsh (PowerShell 7) runs on Linux and is not one.</summary>
    public static bool IsWindowsShell(string program) =>
        program is "cmd" or "cmd.exe" or "powershell" or "powershell.exe" or "command.com";

    /// <summary>A Windows executable: a PE file a Linux kernel cannot start ('exec format error').</summary>
    public static bool IsWindowsExecutable(string program) => program.EndsWith(".exe", StringComparison.Ordinal);

    /// <summary>Commands that ship only with Windows (or only for it): setx, reg, icacls, netsh, sc.exe, Chocolatey.</summary>
    public static bool IsWindowsOnlyCommand(string program) =>
        program is "setx" or "choco" or "choco.exe" or "reg" or "icacls" or "netsh" or "sc.exe";

    /// <summary>Programs that run .exe files on Linux (mono, wine, dotnet): their argument is not the problem.</summary>
    public static bool RunsExeFilesOnLinux(string program) => program is "mono" or "wine" or "wine64" or "dotnet";

    /// <summary>The program a path names: <c>C:\tools\nuget.exe</c> → <c>nuget.exe</c>, lower-cased.</summary>
    public static string ProgramName(string path) =>
        path.Substring(Math.Max(path.LastIndexOf('\\'), path.LastIndexOf('/')) + 1).ToLowerInvariant();
}
