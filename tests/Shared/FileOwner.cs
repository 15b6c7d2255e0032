using System.Diagnostics;

namespace NotNative.Tests;

/// <summary>A file's owner as `stat` prints it ("user:group"), for the tests that a write keeps it.</summary>
internal static class FileOwner
{
    public static string Of(string path)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "%U:%G", path })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
