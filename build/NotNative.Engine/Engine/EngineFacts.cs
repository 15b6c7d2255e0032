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
    /// <summary>The memory the engine has, in bytes (/info MemTotal; a Desktop VM's, not the machine's); 0 when not said.</summary>
    public long MemTotal { get; init; }

    /// <summary>The CPUs the engine has (/info NCPU); 0 when not said.</summary>
    public long CpuCount { get; init; }

    public bool IsVm => Host is EngineHost.DockerDesktop or EngineHost.DockerMachine or EngineHost.LegacyDesktopVm;

    /// <summary>Docker's and Podman's architecture names to the OCI ones: x86_64 and amd64 → amd64, aarch64 → arm64.</summary>
    public static string NormalizeArchitecture(string? architecture) => (architecture ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "x86_64" or "amd64" or "x64" => "amd64",
        "aarch64" or "arm64" => "arm64",
        "armv7l" or "armhf" or "arm" => "arm",
        "i386" or "i686" or "386" or "x86" => "386",
        "s390x" => "s390x",
        "ppc64le" => "ppc64le",
        var other => other,
    };

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
