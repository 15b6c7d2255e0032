using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>An engine's answer, normalised across Docker, Podman and Docker Desktop.</summary>
public sealed record EngineFacts(
    EngineEndpoint Endpoint,
    ContainerOs Os,
    string RawOsType,
    string OperatingSystem,
    string KernelVersion,
    string Architecture,
    string ServerVersion,
    EngineHost Host,
    string HostEvidence)
{
    public bool IsVm => Host is EngineHost.DockerDesktop or EngineHost.DockerMachine or EngineHost.LegacyDesktopVm;

    /// <summary>Docker's and Podman's architecture names to the OCI ones (<see cref="Architectures.Normalize"/>): x86_64 and amd64 → amd64, aarch64 → arm64; another name as it is, lower-cased.</summary>
    public static string NormalizeArchitecture(string? architecture)
    {
        var name = (architecture ?? string.Empty).Trim().ToLowerInvariant();
        return Architectures.Normalize(name) ?? name;
    }

    /// <summary>Tells a VM on a Mac or PC from a native host: today's Docker Desktop and the older ones still in use.</summary>
    public static (EngineHost Host, string Evidence) ClassifyHost(string os, string operatingSystem, string kernel, IReadOnlyList<string> labels)
    {
        if (os == "windows")
        {
            return (EngineHost.WindowsServer, $"OSType windows, {operatingSystem}");
        }

        if (operatingSystem.Equals("Docker Desktop", StringComparison.OrdinalIgnoreCase)
            || labels.Any(l => l.StartsWith("com.docker.desktop.", StringComparison.OrdinalIgnoreCase)))
        {
            return (EngineHost.DockerDesktop, kernel.Contains("microsoft-standard-WSL2", StringComparison.OrdinalIgnoreCase)
                ? "Docker Desktop with the WSL 2 backend"
                : $"Docker Desktop's Linux VM (kernel {kernel})");
        }

        if (kernel.Contains("linuxkit", StringComparison.OrdinalIgnoreCase))
        {
            return (EngineHost.DockerDesktop, $"a LinuxKit VM (kernel {kernel}), as Docker Desktop runs");
        }

        if (kernel.Contains("microsoft-standard-WSL2", StringComparison.OrdinalIgnoreCase))
        {
            return (EngineHost.DockerDesktop, $"a WSL 2 VM (kernel {kernel})");
        }

        if (operatingSystem.StartsWith("Boot2Docker", StringComparison.OrdinalIgnoreCase) || kernel.Contains("boot2docker", StringComparison.OrdinalIgnoreCase))
        {
            return (EngineHost.DockerMachine, $"docker-machine's Boot2Docker VM ({operatingSystem})");
        }

        if (kernel.Contains("-moby", StringComparison.OrdinalIgnoreCase))
        {
            return (EngineHost.LegacyDesktopVm, $"the first Docker for Mac/Windows VM ({operatingSystem}, kernel {kernel})");
        }

        return (EngineHost.NativeLinux, operatingSystem);
    }
}
