using System.Diagnostics;

namespace NotNative.EndToEnd.Tests;

/// <summary>Runs the notnative command as `nobody` (setpriv), for the permission probes: root reads every file.</summary>
internal static class UnprivilegedUser
{
    public static string? WhyUnavailable { get; } = Probe();

    public static (int Exit, string Out, string Err) RunNotNative(params string[] args)
    {
        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[] { "--reuid=nobody", "--regid=nogroup", "--clear-groups", "dotnet", typeof(NotNative.Cli.NotNativeCommand).Assembly.Location })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "runs only on Linux (setpriv)";
        }

        if (Environment.UserName != "root")
        {
            return "needs root to switch to nobody (run as " + Environment.UserName + ")";
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo("setpriv", "--reuid=nobody --regid=nogroup --clear-groups true") { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0 ? null : "setpriv cannot switch to nobody here";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "setpriv is not installed";
        }
    }
}

/// <summary>A test that runs notnative as nobody; skipped, with the reason, where that is not possible.</summary>
public sealed class AsUnprivilegedUserFactAttribute : FactAttribute
{
    public AsUnprivilegedUserFactAttribute()
    {
        if (UnprivilegedUser.WhyUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A test of Unix file types (FIFOs, symbolic and hard links, owners); skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file types only";
        }
    }
}
