using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>Turns an engine's answer into NN3001-NN3004 and NN9003, each with its fix.</summary>
public static class EngineChecks
{
    public static IEnumerable<BuildFinding> Evaluate(ProbeResult probe, EngineCheckMode mode, EngineExpectation expected, CheckHost? host = null)
    {
        host ??= CheckHost.MSBuild;
        var where = Where(probe);
        switch (probe.Failure)
        {
            case ProbeFailure.Unreachable:
                yield return new BuildFinding(RuleIds.EngineUnreachable, mode == EngineCheckMode.Required ? RuleSeverity.Error : RuleSeverity.Info, expected.File, 0, 0, 0, 0,
                    $"No Docker engine answered at {where}: {probe.Detail}. NotNative could not check that the engine runs {Name(expected.Os)} containers. " +
                    "Start Docker Desktop or the engine, or point DOCKER_HOST or a docker context at it" +
                    (mode == EngineCheckMode.Required ? $"; {host.SetEngineCheck(EngineCheckMode.Auto)} to build without an engine." : $"; {host.SetEngineCheck(EngineCheckMode.Off)} to skip this check."));
                yield break;
            case ProbeFailure.Configuration:
                // DOCKER_HOST, the context or the TLS files say something no client can use: a configuration error, not "no engine".
                yield return new BuildFinding(RuleIds.InvalidConfiguration, mode == EngineCheckMode.Required ? RuleSeverity.Error : RuleSeverity.Warning, expected.File, 0, 0, 0, 0,
                    $"The Docker engine configuration cannot be used{(probe.Endpoint is null ? string.Empty : " for " + where)}: {probe.Detail.TrimEnd('.')}. " +
                    $"NotNative could not check that the engine runs {Name(expected.Os)} containers, and docker would fail the same way. Fix DOCKER_HOST, DOCKER_TLS_VERIFY/DOCKER_CERT_PATH or the docker context (or {host.EndpointSetting}); " +
                    $"{host.SetEngineCheck(EngineCheckMode.Off)} to skip this check.");
                yield break;
            case ProbeFailure.Timeout:
            case ProbeFailure.Unusable:
                yield return new BuildFinding(RuleIds.EngineAnswerUnusable, mode == EngineCheckMode.Required ? RuleSeverity.Error : RuleSeverity.Warning, expected.File, 0, 0, 0, 0,
                    $"The Docker engine at {where} gave no usable answer: {probe.Detail}. NotNative could not learn its OS. " +
                    $"Check that the endpoint is a Docker (or Podman) Engine API and that it is healthy ('docker info'); {host.SetEngineCheck(EngineCheckMode.Off)} to skip this check.");
                yield break;
        }

        var facts = probe.Facts!;
        if (facts.Os != ContainerOs.Unknown && expected.Os != ContainerOs.Unknown && facts.Os != expected.Os)
        {
            yield return new BuildFinding(RuleIds.EngineOsMismatch, RuleSeverity.Error, expected.File, expected.OsLine, expected.OsColumn, 0, 0,
                $"The Docker engine at {where} runs {Name(facts.Os)} containers (OSType {facts.RawOsType}, {facts.OperatingSystem}), but {expected.OsReason} is {Name(expected.Os)}. " +
                $"The image build would fail with 'no matching manifest' or 'image operating system \"{Lower(expected.Os)}\" cannot be used on this platform'. " +
                FixFor(expected.Os));
        }

        if (facts.IsVm)
        {
            yield return new BuildFinding(RuleIds.EngineIsVm, RuleSeverity.Info, expected.File, 0, 0, 0, 0,
                $"The Docker engine at {where} is not native: it runs in {facts.HostEvidence} on this {facts.DesktopMachine}. Here, bind mounts ignore letter case, " +
                "container IPs are not reachable from the host (use published ports), --network host is the VM's network, and the architecture is the VM's " +
                $"({facts.Architecture}). Production Linux hosts differ on each point; NotNative's NN1xxx and NN2xxx rules point at what would break there.");
        }

        var builtFor = expected.Architecture == null ? new List<string>() : new[] { expected.Architecture }.Concat(expected.OtherArchitectures ?? Array.Empty<string>()).ToList();
        if (builtFor.Count > 0 && facts.Architecture.Length > 0 && !builtFor.Contains(facts.Architecture))
        {
            yield return new BuildFinding(RuleIds.EngineArchitectureMismatch, RuleSeverity.Warning, expected.File, expected.ArchitectureLine, expected.ArchitectureColumn, 0, 0,
                $"{expected.ArchitectureReason} pins {string.Join(" and ", builtFor)}, but the Docker engine at {where} is {facts.Architecture}. The image runs under emulation, slowly, " +
                $"or fails with 'exec format error'. Build for the engine's architecture ($TARGETPLATFORM, or a {facts.Architecture} runtime identifier), or build on a {expected.Architecture} engine on purpose.");
        }
    }

    /// <summary>The engine as the messages name where it was asked: its endpoint and how it was chosen.</summary>
    internal static string Where(ProbeResult probe) => probe.Endpoint is { } endpoint ? $"{endpoint.Display} ({endpoint.Source})" : "the engine";

    private static string FixFor(ContainerOs expected) => expected == ContainerOs.Linux
        ? "Switch Docker Desktop to Linux containers (tray menu: 'Switch to Linux containers...'), pick a Linux engine ('docker context use desktop-linux' or DOCKER_HOST), or build on a Linux CI runner."
        : "Switch Docker Desktop to Windows containers (tray menu: 'Switch to Windows containers...'), pick a Windows engine with 'docker context use' or DOCKER_HOST, or build on a Windows CI runner.";

    private static string Name(ContainerOs os) => os switch
    {
        ContainerOs.Windows => "Windows",
        ContainerOs.Linux => "Linux",
        _ => "unknown-OS",
    };

    private static string Lower(ContainerOs os) => os == ContainerOs.Windows ? "windows" : "linux";
}
