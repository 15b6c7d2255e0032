using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Engine;

/// <summary>A build-time finding (NN3xxx, NN9xxx) located in a file, 1-based.</summary>
public sealed record BuildFinding(string Id, RuleSeverity Severity, string? File, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    public static BuildFinding Unlocated(string id, RuleSeverity severity, string message) => new(id, severity, null, 0, 0, 0, 0, message);

    /// <summary>The Dockerfile edit `notnative fix` applies (NN3006: the file's real name in the COPY source).</summary>
    public DockerfileFix? Fix { get; init; }

    /// <summary>The context file `notnative fix` converts to LF (NN3005).</summary>
    public string? CrlfScript { get; init; }
}

/// <summary>The IDs of the build-time checks (they live here, where files and sockets are allowed).</summary>
public static class BuildRuleIds
{
    public const string EngineOsMismatch = "NN3001";
    public const string EngineUnreachable = "NN3002";
    public const string EngineIsVm = "NN3003";
    public const string EngineArchitectureMismatch = "NN3004";
    public const string CrlfScriptInLinuxImage = "NN3005";
    public const string CopySourceCaseMismatch = "NN3006";
    public const string InternalError = "NN9000";
    public const string DockerfileUnreadable = "NN9001";
    public const string InvalidConfiguration = "NN9002";
    public const string EngineAnswerUnusable = "NN9003";
}

/// <summary>Descriptors of the build-time rules, for SARIF output and titles (help links: docs/rules/ID.md).</summary>
public static class BuildRuleDescriptors
{
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        new RuleDescriptor(BuildRuleIds.EngineOsMismatch, "The engine runs containers of another OS than the build targets", RuleSeverity.Error, "Engine",
            "Docker Desktop switched to Windows containers, a Windows CI runner or a remote DOCKER_HOST builds a Linux image (or the reverse)."),
        new RuleDescriptor(BuildRuleIds.EngineUnreachable, "No Docker engine answered", RuleSeverity.Info, "Engine",
            "Info in auto mode, error in required mode."),
        new RuleDescriptor(BuildRuleIds.EngineIsVm, "The engine is a Linux VM on a Mac or PC", RuleSeverity.Info, "Engine",
            "Docker Desktop, docker-machine and the first Docker for Mac/Windows run the engine in a VM: case-insensitive bind mounts, VM networking, the VM's architecture."),
        new RuleDescriptor(BuildRuleIds.EngineArchitectureMismatch, "The engine's architecture differs from the pinned one", RuleSeverity.Warning, "Engine",
            "FROM --platform=linux/amd64 or ContainerRuntimeIdentifier linux-x64 on an arm64 engine: emulation or 'exec format error'."),
        new RuleDescriptor(BuildRuleIds.CrlfScriptInLinuxImage, "Shell script with CRLF line endings copied into a Linux stage", RuleSeverity.Error, "BuildContext",
            "exec /entrypoint.sh: no such file or directory."),
        new RuleDescriptor(BuildRuleIds.CopySourceCaseMismatch, "COPY source differs from the build context in letter case", RuleSeverity.Error, "BuildContext",
            "Works on case-insensitive file systems, fails on Linux hosts and CI."),
        new RuleDescriptor(BuildRuleIds.InternalError, "NotNative's build check failed unexpectedly", RuleSeverity.Error, "Tool", "A bug in NotNative."),
        new RuleDescriptor(BuildRuleIds.InvalidConfiguration, "Invalid NotNative configuration", RuleSeverity.Error, "Tool", "A NotNative property, or a Docker engine setting (DOCKER_HOST, context, TLS files), has a value it cannot use."),
        new RuleDescriptor(BuildRuleIds.EngineAnswerUnusable, "The engine gave no usable answer", RuleSeverity.Warning, "Engine",
            "HTTP error, bad JSON, null, a redirect, an oversized answer or a timeout: warning in auto mode, error in required mode."),
    };
}
