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

    /// <summary>The machine Docker Desktop runs on, as the answer shows it (<see cref="DesktopMachineOf"/>): Mac, PC, or "Mac or PC".</summary>
    public string DesktopMachine { get; init; } = "Mac or PC";

    /// <summary>
    /// The engine in a few words, for messages: "Docker Desktop on an arm64 Mac", "docker-machine's Boot2Docker VM (...), amd64",
    /// "a native amd64 Linux engine (Debian GNU/Linux 12 (bookworm))".
    /// </summary>
    public string Description => Host switch
    {
        EngineHost.DockerDesktop => $"Docker Desktop on {Article(Architecture)} {Architecture} {DesktopMachine}",
        EngineHost.DockerMachine or EngineHost.LegacyDesktopVm => $"{HostEvidence}, {Architecture}",
        EngineHost.WindowsServer => $"{Article(Architecture)} {Architecture} Windows engine ({OperatingSystem})",
        _ => $"a native {Architecture} Linux engine{(OperatingSystem.Length > 0 ? $" ({OperatingSystem})" : string.Empty)}",
    };

    /// <summary>"an" before an architecture that starts with a vowel (an arm64, an amd64), else "a".</summary>
    internal static string Article(string word) => word.Length > 0 && "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

    /// <summary>
    /// Whether Docker Desktop runs on a Mac or a PC: the WSL 2 kernel and a named pipe address are Windows; a /Users/ socket
    /// address is a Mac, and so is an arm64 LinuxKit VM (Desktop on Windows on Arm runs WSL 2).
    /// </summary>
    public static string DesktopMachineOf(string kernel, IReadOnlyList<string> labels, string architecture)
    {
        var address = labels.FirstOrDefault(l => l.StartsWith("com.docker.desktop.address=", StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
        if (kernel.Contains("microsoft-standard-WSL2", StringComparison.OrdinalIgnoreCase) || address.Contains("npipe:", StringComparison.OrdinalIgnoreCase))
        {
            return "PC";
        }

        return address.Contains("/Users/", StringComparison.Ordinal) || (kernel.Contains("linuxkit", StringComparison.OrdinalIgnoreCase) && architecture == Architectures.Arm64)
            ? "Mac"
            : "Mac or PC";
    }

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
