using System.Runtime.InteropServices;
using System.Text.Json;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// Microsoft's SARIF multitool (npm package @microsoft/sarif-multitool, a self-contained program), installed once into
/// a cache under the user's home, validating a log with the SARIF rules and the GitHub code scanning rules (GHxxxx).
/// </summary>
internal static class SarifMultitool
{
    public const string Version = "5.7.0";

    private static readonly Lazy<string> Program = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The validator's findings at error and warning level: rule ID, level and message.</summary>
    public static List<(string RuleId, string Level, string Message)> Validate(string sarifPath)
    {
        var output = Path.Combine(Path.GetTempPath(), "notnative-validate-" + Guid.NewGuid().ToString("N")[..12] + ".sarif");
        try
        {
            var (exit, text) = ExternalProcess.Run(Program.Value, Path.GetDirectoryName(sarifPath)!,
                ["validate", sarifPath, "--rule-kind", "Sarif;Gh", "--level", "Error;Warning", "--output", output, "--log", "ForceOverwrite"],
                timeout: TimeSpan.FromMinutes(5));
            Assert.True(exit == 0 && File.Exists(output), $"the multitool failed (exit {exit}):\n{text}");
            using var log = JsonDocument.Parse(File.ReadAllText(output));
            var results = new List<(string, string, string)>();
            foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
            {
                var level = result.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
                var message = result.GetProperty("message");
                var arguments = message.TryGetProperty("arguments", out var a) ? string.Join(" | ", a.EnumerateArray().Select(x => x.GetString())) : string.Empty;
                results.Add((result.GetProperty("ruleId").GetString()!, level, arguments));
            }

            return results;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Install()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var cache = Path.Combine(home, ".cache", "notnative-tests", "sarif-multitool-" + Version);
        var platform = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win32" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin" : "linux";
        var relative = Path.Combine("node_modules", "@microsoft", "sarif-multitool-" + platform, platform == "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        var program = Path.Combine(cache, relative);
        if (!File.Exists(program))
        {
            // Installed beside the cache and moved in whole, so a run cut short leaves no half-installed tool.
            var staging = cache + ".staging-" + Guid.NewGuid().ToString("N")[..8];
            var npm = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "npm.cmd" : "npm";
            var (exit, output) = ExternalProcess.Run(npm, Path.GetDirectoryName(cache)!,
                ["install", "--prefix", staging, "--no-audit", "--no-fund", "--no-save", "@microsoft/sarif-multitool@" + Version],
                timeout: TimeSpan.FromMinutes(10));
            if (exit != 0 || !File.Exists(Path.Combine(staging, relative)))
            {
                throw new InvalidOperationException($"npm could not install @microsoft/sarif-multitool@{Version} (exit {exit}); .ci/run installs npm:\n{output}");
            }

            try
            {
                Directory.Move(staging, cache);
            }
            catch (IOException) when (File.Exists(program))
            {
                // Another test run installed it meanwhile.
                Directory.Delete(staging, recursive: true);
            }
        }

        if (!OperatingSystem.IsWindows())
        {
            // npm may skip the package's install script, which is what marks the program executable.
            File.SetUnixFileMode(program, File.GetUnixFileMode(program) | UnixFileMode.UserExecute);
        }

        return program;
    }
}
