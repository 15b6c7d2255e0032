using System.Globalization;
using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Engine.Engine;

/// <summary>
/// NN4007: compose services that ask for more memory or CPUs than the engine has (/info MemTotal and NCPU). On a Mac
/// or PC those are the Docker Desktop VM's, not the machine's, so the message says where the VM's are raised.
/// </summary>
public static class ComposeResourceChecks
{
    public static IEnumerable<BuildFinding> Evaluate(CheckedComposeFile compose, EngineFacts facts, string where)
    {
        var rule = RuleCatalogue.ComposeResourcesAboveEngine;
        foreach (var resource in ComposeResources.Of(compose.Lint.File))
        {
            var has = resource.IsMemory ? facts.MemTotal : facts.CpuCount;
            if (has <= 0 || resource.Amount <= has)
            {
                continue;
            }

            var hasText = resource.IsMemory ? Gib(has) : Plural(has, "CPU");
            var asked = resource.IsMemory ? $"{resource.Written} ({Gib(resource.Amount)})" : Plural(resource.Amount, "CPU");
            var consequence = resource.IsMemory
                ? "The limit never applies, and a service sized for it is killed when the engine runs out of memory (exit code 137, OOMKilled)."
                : resource.Key.Contains("limits") || resource.Key == "cpus"
                    ? $"docker compose up fails with 'Range of CPUs is from 0.01 to {facts.CpuCount.ToString("0.00", CultureInfo.InvariantCulture)}, as there are only {facts.CpuCount} CPUs available'."
                    : "The reservation cannot be met.";
            var line = compose.Lint.File.Lines.GetPosition(resource.Span.Start);
            var end = compose.Lint.File.Lines.GetPosition(resource.Span.End);
            yield return new BuildFinding(rule.Id, rule.DefaultSeverity, compose.Path, line.Line + 1, line.Character + 1, end.Line + 1, end.Character + 1,
                $"Service '{resource.Service}' sets {resource.Key} to {asked}, but the Docker engine at {where} has {hasText}. {consequence} {WhereToRaise(facts)}");
        }
    }

    /// <summary>Where the engine's memory and CPUs are set: the Desktop VM's settings, WSL 2's .wslconfig, or the host.</summary>
    internal static string WhereToRaise(EngineFacts facts) => facts.Host switch
    {
        EngineHost.DockerDesktop when facts.HostEvidence.Contains("WSL 2", StringComparison.Ordinal) =>
            $"These are the limits of {facts.HostEvidence}, not of this PC: raise them with 'memory=' and 'processors=' under [wsl2] in %UserProfile%\\.wslconfig, then 'wsl --shutdown', or lower the service's value.",
        EngineHost.DockerDesktop =>
            $"These are the limits of {facts.HostEvidence}, not of this Mac or PC: raise them in Docker Desktop's Settings > Resources, or lower the service's value.",
        EngineHost.DockerMachine or EngineHost.LegacyDesktopVm =>
            $"These are the limits of {facts.HostEvidence}, not of this machine: give the VM more memory and CPUs, or lower the service's value.",
        _ => "Lower the service's value, or run it on a larger host.",
    };

    private static string Gib(double bytes) => (bytes / (1024d * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " GiB";

    private static string Plural(double count, string noun) => count.ToString("0.##", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
