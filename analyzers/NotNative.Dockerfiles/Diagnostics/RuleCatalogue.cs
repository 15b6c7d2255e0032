using System;
using System.Collections.Generic;
using System.Reflection;

namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>
/// Every NotNative rule, once: title, default severity, category, description and help link. The C# analyzers, the
/// Dockerfile rules, the build task, the CLI and its SARIF output all take their rule metadata from here; each rule
/// keeps only its message format beside the code that fills it in. The README rules table and the title line of
/// each docs/rules/ID.md are generated from this list (RuleCatalogueTests; docs/architecture.md says how).
/// </summary>
public static class RuleCatalogue
{
    /// <summary>
    /// The repository, set once as <c>RepositoryUrl</c> in Directory.Build.props: the SDK writes it into every
    /// assembly (AssemblyMetadata), the package's metadata carries it, and the help links start with it.
    /// </summary>
    public static string RepositoryUrl { get; } = ReadRepositoryUrl();

    /// <summary>Where the rule pages live: RepositoryUrl/blob/main/docs/rules/.</summary>
    public static string HelpLinkBase { get; } = RepositoryUrl + "/blob/main/docs/rules/";

    // C# rules for code that runs in a Linux container (NN10xx).
    public static readonly RuleDescriptor WindowsAbsolutePath = new(RuleIds.WindowsAbsolutePath,
        "Windows absolute path in code that runs in a Linux container", RuleSeverity.Warning, RuleCategories.Paths,
        "Drive letters and UNC shares do not exist in Linux containers.");

    public static readonly RuleDescriptor MacHostPath = new(RuleIds.MacHostPath,
        "macOS host path in code that runs in a Linux container", RuleSeverity.Warning, RuleCategories.Paths,
        "/Users, /Volumes and /private exist on the developer's Mac only.");

    public static readonly RuleDescriptor BackslashPathSeparator = new(RuleIds.BackslashPathSeparator,
        "Backslash used as a path separator in code that runs in a Linux container", RuleSeverity.Warning, RuleCategories.Paths,
        "Linux paths separate folders with '/'; '/' works on Windows too.");

    public static readonly RuleDescriptor FileNameCaseMismatch = new(RuleIds.FileNameCaseMismatch,
        "File name differs in letter case from the project's file", RuleSeverity.Warning, RuleCategories.Paths,
        "Linux file names are case-sensitive (aspnet/aspnet-docker#417).");

    public static readonly RuleDescriptor OsCheckAsEnvironmentCheck = new(RuleIds.OsCheckAsEnvironmentCheck,
        "OS check used to tell the machine or the container", RuleSeverity.Warning, RuleCategories.Environment,
        "A Linux container is neither the developer's Mac nor a Windows PC.");

    public static readonly RuleDescriptor DesktopHostNameInCode = new(RuleIds.DesktopHostNameInCode,
        "Docker Desktop-only host name in code", RuleSeverity.Warning, RuleCategories.Network,
        "host.docker.internal and gateway.docker.internal exist on Docker Desktop only.");

    public static readonly RuleDescriptor WindowsProcessStarted = new(RuleIds.WindowsProcessStarted,
        "Windows shell or executable started in code that runs in a Linux container", RuleSeverity.Warning, RuleCategories.Process,
        "cmd.exe, powershell.exe and .exe files do not exist in Linux containers (pact-net#226).");

    public static readonly RuleDescriptor WindowsOnlyApi = new(RuleIds.WindowsOnlyApi,
        "Windows-only API in code that runs in a Linux container", RuleSeverity.Warning, RuleCategories.Platform,
        "The Windows registry, event log, services and identities do not exist in Linux containers (ipjohnson/Grace#116), nor do Windows system libraries such as kernel32.dll that P/Invoke loads (microsoft/FASTER#249).");

    public static readonly RuleDescriptor SpecialFolderEmptyInContainer = new(RuleIds.SpecialFolderEmptyInContainer,
        "Special folder that is empty in a Linux container", RuleSeverity.Warning, RuleCategories.Paths,
        "Windows special folders have no Linux counterpart; user folders may not exist in a container.");

    public static readonly RuleDescriptor WindowsTimeZoneId = new(RuleIds.WindowsTimeZoneId,
        "Windows time-zone ID in code that runs in a Linux container", RuleSeverity.Warning, RuleCategories.Platform,
        "Linux .NET finds a Windows time-zone ID only from .NET 6 on and only with ICU; Alpine and chiseled images and InvariantGlobalization=true have none (dotnet/runtime#69438).");

    public static readonly RuleDescriptor LocalDbConnectionString = new(RuleIds.LocalDbConnectionString,
        "SQL Server LocalDB connection string in a project that runs in a Linux container", RuleSeverity.Warning, RuleCategories.Platform,
        "LocalDB exists only on Windows: SqlClient on Linux throws 'LocalDB is not supported on this platform'.");

    // C# rules for code that drives Docker (NN11xx).
    public static readonly RuleDescriptor HardcodedEngineEndpoint = new(RuleIds.HardcodedEngineEndpoint,
        "Hard-coded Docker engine endpoint", RuleSeverity.Warning, RuleCategories.Docker,
        "The docker CLI resolves the engine from DOCKER_HOST, DOCKER_CONTEXT and the current context; do the same.");

    public static readonly RuleDescriptor HostSpecificBindMount = new(RuleIds.HostSpecificBindMount,
        "Bind mount of a Windows or Mac host path", RuleSeverity.Warning, RuleCategories.Docker,
        "Host paths in bind mounts must exist on the engine's host (docker/compose#4257, dotnet/Docker.DotNet#640).");

    public static readonly RuleDescriptor ContainerIpFromHost = new(RuleIds.ContainerIpFromHost,
        "Container IP address used from the host", RuleSeverity.Warning, RuleCategories.Docker,
        "Container IPs are not routable from a Mac or Windows host.");

    public static readonly RuleDescriptor HostNetworkMode = new(RuleIds.HostNetworkMode,
        "Host network mode", RuleSeverity.Info, RuleCategories.Docker,
        "--network host is native only on Linux engines.");

    // Dockerfile rules (NN2xxx).
    public static readonly RuleDescriptor WindowsBaseImageForLinuxTarget = new(RuleIds.WindowsBaseImageForLinuxTarget,
        "Windows base image in a project that targets Linux containers", RuleSeverity.Error, RuleCategories.TargetOs,
        "A Windows image cannot run on a Linux engine: Docker Desktop's default mode, every Linux host and CI runner.");

    public static readonly RuleDescriptor LinuxBaseImageForWindowsTarget = new(RuleIds.LinuxBaseImageForWindowsTarget,
        "Linux-only base image in a project that targets Windows containers", RuleSeverity.Error, RuleCategories.TargetOs,
        "A Linux-only image cannot run on a Windows engine (Docker Desktop in Windows containers mode, Windows Server).");

    public static readonly RuleDescriptor WindowsPathInLinuxStage = new(RuleIds.WindowsPathInLinuxStage,
        "Windows path in a Linux stage", RuleSeverity.Warning, RuleCategories.Paths,
        "Drive letters, UNC paths and backslash separators mean nothing in a Linux container: C:\\app becomes a relative folder named 'C:\\app'.");

    public static readonly RuleDescriptor WindowsShellInLinuxStage = new(RuleIds.WindowsShellInLinuxStage,
        "Windows shell in a Linux stage", RuleSeverity.Error, RuleCategories.Shell,
        "Linux images have no cmd.exe or Windows PowerShell; pwsh (PowerShell 7) is fine where the image has it.");

    public static readonly RuleDescriptor WindowsCommandInLinuxStage = new(RuleIds.WindowsCommandInLinuxStage,
        "Windows executable or command in a Linux stage", RuleSeverity.Error, RuleCategories.Commands,
        ".exe programs, setx, choco and the ContainerAdministrator/ContainerUser accounts exist only in Windows containers.");

    public static readonly RuleDescriptor BacktickEscapeInLinuxFile = new(RuleIds.BacktickEscapeInLinuxFile,
        "Backtick escape directive in a Linux Dockerfile", RuleSeverity.Warning, RuleCategories.Syntax,
        "The backtick escape exists so Windows paths can keep their backslashes; in a Linux Dockerfile it makes backslash continuations and escapes silently literal.");

    public static readonly RuleDescriptor CopyFromStageOfOtherOs = new(RuleIds.CopyFromStageOfOtherOs,
        "COPY --from a stage of another OS", RuleSeverity.Error, RuleCategories.TargetOs,
        "One engine builds every stage with its own OS: a Linux stage and a Windows stage cannot both be built, and binaries built for one do not run on the other.");

    public static readonly RuleDescriptor LinuxSyntaxInWindowsStage = new(RuleIds.LinuxSyntaxInWindowsStage,
        "Linux-only syntax or command in a Windows stage", RuleSeverity.Warning, RuleCategories.Commands,
        "COPY --chmod/--chown, apt-get, apk, yum and /bin/sh do not exist or are not supported in Windows containers.");

    public static readonly RuleDescriptor DesktopOnlyHostName = new(RuleIds.DesktopOnlyHostName,
        "Docker Desktop-only host name", RuleSeverity.Warning, RuleCategories.Network,
        "host.docker.internal and gateway.docker.internal resolve only on Docker Desktop; docker.for.mac.* and docker.for.win.* are deprecated or removed.");

    public static readonly RuleDescriptor ConstantPlatformArchitecture = new(RuleIds.ConstantPlatformArchitecture,
        "FROM --platform pins an architecture", RuleSeverity.Info, RuleCategories.Architecture,
        "A constant platform such as linux/amd64 runs under emulation on Apple Silicon and other arm64 engines, or fails with 'exec format error'.");

    public static readonly RuleDescriptor EntrypointAssemblyCaseMismatch = new(RuleIds.EntrypointAssemblyCaseMismatch,
        "Entrypoint names the assembly with different letter case", RuleSeverity.Warning, RuleCategories.Paths,
        "Windows and macOS file systems ignore case; Linux does not, so 'dotnet myapp.dll' cannot find MyApp.dll in the container.");

    public static readonly RuleDescriptor ExecFormFallsBackToShell = new(RuleIds.ExecFormFallsBackToShell,
        "Exec form is not valid JSON and runs as shell form", RuleSeverity.Warning, RuleCategories.Syntax,
        "['c:\\app\\x.exe'] is not JSON (\\a is no JSON escape): Docker silently runs the text through the shell, brackets and all.");

    public static readonly RuleDescriptor RuntimeStagePinnedToBuildPlatform = new(RuleIds.RuntimeStagePinnedToBuildPlatform,
        "Runtime stage pinned to the build platform", RuleSeverity.Warning, RuleCategories.Architecture,
        "--platform=$BUILDPLATFORM on the final stage or a stage it builds on gives the image the build machine's architecture: built on an Apple Silicon Mac for linux/amd64, the image holds arm64 binaries and fails with 'exec format error' on the server.");

    public static readonly RuleDescriptor HardcodedArchitectureDownload = new(RuleIds.HardcodedArchitectureDownload,
        "Architecture-specific download in a multi-architecture stage", RuleSeverity.Warning, RuleCategories.Architecture,
        "A URL or package file that names amd64, x86_64, x64, arm64 or aarch64 in a stage built for the target platform installs the wrong binary when the image is built on or for another architecture (Apple Silicon Macs, arm64 servers).");

    public static readonly RuleDescriptor HardcodedDotNetArchitecture = new(RuleIds.HardcodedDotNetArchitecture,
        ".NET build for a fixed architecture in a multi-architecture stage", RuleSeverity.Warning, RuleCategories.Architecture,
        "dotnet publish -r linux-x64 in a stage that is not pinned to amd64 fails on an arm64 engine or puts an x64 app into an arm64 image; a --platform=$BUILDPLATFORM SDK stage that publishes without -a $TARGETARCH builds for the build machine's architecture.");

    public static readonly RuleDescriptor DotNetSdkStageEmulated = new(RuleIds.DotNetSdkStageEmulated,
        ".NET SDK stage runs under emulation when building for another architecture", RuleSeverity.Info, RuleCategories.Architecture,
        "A .NET SDK stage without --platform=$BUILDPLATFORM runs under QEMU whenever the image is built for another architecture than the engine's (an amd64 image on an Apple Silicon Mac); .NET does not support QEMU and the build crashes or hangs.");

    // SDK container publishing (NN2017-NN2018); NN2001 and NN2002 also hold ContainerBaseImage and ContainerFamily to the target OS.
    public static readonly RuleDescriptor RuntimeIdentifierOfOtherOs = new(RuleIds.RuntimeIdentifierOfOtherOs,
        "Container runtime identifier of another OS than the project's containers", RuleSeverity.Error, RuleCategories.TargetOs,
        "dotnet publish -t:PublishContainer builds the image for ContainerRuntimeIdentifier (else RuntimeIdentifier, else linux-<arch>): a win-x64 RID in a Linux container project, or the SDK's default Linux RID under a Windows base image, fails late, after the base image's manifest is downloaded (dotnet/sdk-container-builds#304).");

    public static readonly RuleDescriptor ContainerLibcMismatch = new(RuleIds.ContainerLibcMismatch,
        "Alpine (musl) container image with a glibc runtime identifier, or the reverse", RuleSeverity.Warning, RuleCategories.Platform,
        "A linux-x64 app host and linux-x64 native libraries need glibc, which Alpine does not have; a linux-musl-x64 build needs musl, which Debian, Ubuntu and Azure Linux images do not have. The image builds, and the app fails to start with 'no such file or directory'.");

    // Build-time checks (NN3xxx).
    public static readonly RuleDescriptor EngineOsMismatch = new(RuleIds.EngineOsMismatch,
        "The engine runs containers of another OS than the build targets", RuleSeverity.Error, RuleCategories.Engine,
        "Docker Desktop switched to Windows containers, a Windows CI runner or a remote DOCKER_HOST builds a Linux image (or the reverse).");

    public static readonly RuleDescriptor EngineUnreachable = new(RuleIds.EngineUnreachable,
        "No Docker engine answered", RuleSeverity.Info, RuleCategories.Engine,
        "Info in auto mode, error in required mode.", requiredModeSeverity: RuleSeverity.Error);

    public static readonly RuleDescriptor EngineIsVm = new(RuleIds.EngineIsVm,
        "The engine is a Linux VM on a Mac or PC", RuleSeverity.Info, RuleCategories.Engine,
        "Docker Desktop, docker-machine and the first Docker for Mac/Windows run the engine in a VM: case-insensitive bind mounts, VM networking, the VM's architecture.");

    public static readonly RuleDescriptor EngineArchitectureMismatch = new(RuleIds.EngineArchitectureMismatch,
        "The engine's architecture differs from the pinned one", RuleSeverity.Warning, RuleCategories.Engine,
        "FROM --platform=linux/amd64 or ContainerRuntimeIdentifier linux-x64 on an arm64 engine: emulation or 'exec format error'.");

    public static readonly RuleDescriptor CrlfScriptInLinuxImage = new(RuleIds.CrlfScriptInLinuxImage,
        "Shell script with CRLF line endings copied into a Linux stage", RuleSeverity.Error, RuleCategories.BuildContext,
        "exec /entrypoint.sh: no such file or directory.");

    public static readonly RuleDescriptor CopySourceCaseMismatch = new(RuleIds.CopySourceCaseMismatch,
        "COPY source differs from the build context in letter case", RuleSeverity.Error, RuleCategories.BuildContext,
        "Works on case-insensitive file systems, fails on Linux hosts and CI.");

    public static readonly RuleDescriptor EngineArchitectureConflict = new(RuleIds.EngineArchitectureConflict,
        "The Dockerfile's architecture assumptions fail on this engine", RuleSeverity.Error, RuleCategories.Engine,
        "An amd64-only download or RID on an arm64 engine (Docker Desktop on an Apple Silicon Mac), or a stage pinned to $BUILDPLATFORM or an SDK run under emulation when the target platform is not the engine's: 'exec format error'.");
    public static readonly RuleDescriptor NativeAssetsMissingForContainer = new(RuleIds.NativeAssetsMissingForContainer,
        "Package's native library has no build for the container's runtime identifier", RuleSeverity.Warning, RuleCategories.Platform,
        "SkiaSharp without SkiaSharp.NativeAssets.Linux, a glibc-only library on Alpine, x64 only on arm64: 'Unable to load shared library'.");

    // Compose file rules (NN4xxx).
    public static readonly RuleDescriptor WindowsBindMountPath = new(RuleIds.WindowsBindMountPath,
        "Windows host path in a compose bind mount", RuleSeverity.Warning, RuleCategories.Paths,
        "C:\\data:/data mounts on one Windows PC; on Linux hosts and CI compose fails with 'invalid volume specification' (docker/compose#4257).");

    public static readonly RuleDescriptor DesktopHostNameWithoutExtraHosts = new(RuleIds.DesktopHostNameWithoutExtraHosts,
        "Docker Desktop-only host name in a compose service without extra_hosts", RuleSeverity.Warning, RuleCategories.Network,
        "host.docker.internal resolves on Docker Desktop only, unless the service maps it with extra_hosts: [\"host.docker.internal:host-gateway\"] (docker/for-linux#264).");

    public static readonly RuleDescriptor ComposeServiceOfOtherOs = new(RuleIds.ComposeServiceOfOtherOs,
        "Compose service image or build of another OS than the target", RuleSeverity.Error, RuleCategories.TargetOs,
        "One engine runs every service of a compose file with its own OS: a Windows image or Dockerfile in a compose file for Linux containers fails there (and the reverse).");

    public static readonly RuleDescriptor ComposePlatformMismatch = new(RuleIds.ComposePlatformMismatch,
        "Compose service platform differs from the target platform or the engine", RuleSeverity.Warning, RuleCategories.Architecture,
        "platform: linux/amd64 on an Apple Silicon Mac or an arm64 server (or for an arm64 target) runs under emulation or fails with 'exec format error'.");

    public static readonly RuleDescriptor ComposePathCaseMismatch = new(RuleIds.ComposePathCaseMismatch,
        "Compose path differs from the file on disk in letter case", RuleSeverity.Warning, RuleCategories.Paths,
        "build.context, build.dockerfile, env_file and bind-mount sources that match a file only when case is ignored: works on Windows and macOS, fails on Linux hosts and CI.");

    public static readonly RuleDescriptor ComposeResourcesAboveEngine = new(RuleIds.ComposeResourcesAboveEngine,
        "Compose service asks for more memory or CPUs than the engine has", RuleSeverity.Warning, RuleCategories.Engine,
        "On a Mac or PC the engine's memory and CPUs are the Docker Desktop VM's (Settings > Resources, or WSL 2's .wslconfig), not the machine's.");

    // Tool and configuration errors (NN9xxx).
    public static readonly RuleDescriptor InternalError = new(RuleIds.InternalError,
        "NotNative's build check failed unexpectedly", RuleSeverity.Error, RuleCategories.Tool,
        "A bug in NotNative.");

    public static readonly RuleDescriptor UnparseableDockerfile = new(RuleIds.UnparseableDockerfile,
        "Dockerfile cannot be parsed", RuleSeverity.Warning, RuleCategories.Configuration,
        "The file does not parse as a Dockerfile; docker build would reject it. NotNative checks what it could read.");

    public static readonly RuleDescriptor InvalidConfiguration = new(RuleIds.InvalidConfiguration,
        "Invalid NotNative configuration", RuleSeverity.Error, RuleCategories.Tool,
        "A NotNative property, or a Docker engine setting (DOCKER_HOST, context, TLS files), has a value it cannot use.");

    public static readonly RuleDescriptor EngineAnswerUnusable = new(RuleIds.EngineAnswerUnusable,
        "The engine gave no usable answer", RuleSeverity.Warning, RuleCategories.Engine,
        "HTTP error, bad JSON, null, a redirect, an oversized answer or a timeout: warning in auto mode, error in required mode.",
        requiredModeSeverity: RuleSeverity.Error);

    public static readonly RuleDescriptor FixWriteFailed = new(RuleIds.FixWriteFailed,
        "A fix could not be written", RuleSeverity.Error, RuleCategories.Tool,
        "notnative fix could not write a fixed file (read-only, changed since it was read, hard links, another owner, bytes that do not round-trip); the file is left as it was.");

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        WindowsAbsolutePath, MacHostPath, BackslashPathSeparator, FileNameCaseMismatch, OsCheckAsEnvironmentCheck,
        DesktopHostNameInCode, WindowsProcessStarted, WindowsOnlyApi, SpecialFolderEmptyInContainer,
        WindowsTimeZoneId, LocalDbConnectionString,
        HardcodedEngineEndpoint, HostSpecificBindMount, ContainerIpFromHost, HostNetworkMode,
        WindowsBaseImageForLinuxTarget, LinuxBaseImageForWindowsTarget, WindowsPathInLinuxStage, WindowsShellInLinuxStage,
        WindowsCommandInLinuxStage, BacktickEscapeInLinuxFile, CopyFromStageOfOtherOs, LinuxSyntaxInWindowsStage,
        DesktopOnlyHostName, ConstantPlatformArchitecture, EntrypointAssemblyCaseMismatch, ExecFormFallsBackToShell,
        RuntimeStagePinnedToBuildPlatform, HardcodedArchitectureDownload, HardcodedDotNetArchitecture, DotNetSdkStageEmulated,
        RuntimeIdentifierOfOtherOs, ContainerLibcMismatch,
        EngineOsMismatch, EngineUnreachable, EngineIsVm, EngineArchitectureMismatch, CrlfScriptInLinuxImage, CopySourceCaseMismatch,
        EngineArchitectureConflict,
        NativeAssetsMissingForContainer,
        WindowsBindMountPath, DesktopHostNameWithoutExtraHosts, ComposeServiceOfOtherOs, ComposePlatformMismatch, ComposePathCaseMismatch, ComposeResourcesAboveEngine,
        InternalError, UnparseableDockerfile, InvalidConfiguration, EngineAnswerUnusable, FixWriteFailed,
    };

    private static readonly Dictionary<string, RuleDescriptor> ById = CreateIndex();

    /// <summary>The rule with this ID, or null for an ID NotNative does not have.</summary>
    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The rule with this ID; the ID must be one of <see cref="RuleIds"/>.</summary>
    public static RuleDescriptor Get(string id) => Find(id) ?? throw new ArgumentException($"'{id}' is not a NotNative rule ID.", nameof(id));

    /// <summary>The rule's documentation page (docs/rules/ID.md in the repository).</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static Dictionary<string, RuleDescriptor> CreateIndex()
    {
        var index = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in All)
        {
            index.Add(rule.Id, rule);
        }

        return index;
    }

    private static string ReadRepositoryUrl()
    {
        foreach (var attribute in typeof(RuleCatalogue).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == "RepositoryUrl" && !string.IsNullOrEmpty(attribute.Value))
            {
                return attribute.Value!.TrimEnd('/');
            }
        }

        // Only a build without Directory.Build.props lacks it; RuleCatalogueTests fails then.
        return string.Empty;
    }
}
