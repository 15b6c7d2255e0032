namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>
/// Every NotNative rule ID, and the only place one is written. A rule is found by its ID: its entry in
/// <see cref="RuleCatalogue"/>, its code, its test file, docs/rules/ID.md and its README row.
/// </summary>
public static class RuleIds
{
    // C# rules for code that runs in a Linux container (NN10xx); they act only in a container context.
    public const string WindowsAbsolutePath = "NN1001";
    public const string MacHostPath = "NN1002";
    public const string BackslashPathSeparator = "NN1003";
    public const string FileNameCaseMismatch = "NN1004";
    public const string OsCheckAsEnvironmentCheck = "NN1005";
    public const string DesktopHostNameInCode = "NN1006";
    public const string WindowsProcessStarted = "NN1007";
    public const string WindowsOnlyApi = "NN1008";
    public const string SpecialFolderEmptyInContainer = "NN1009";
    public const string WindowsTimeZoneId = "NN1010";
    public const string LocalDbConnectionString = "NN1011";

    // C# rules for code that drives Docker (NN11xx); they act wherever such code is.
    public const string HardcodedEngineEndpoint = "NN1101";
    public const string HostSpecificBindMount = "NN1102";
    public const string ContainerIpFromHost = "NN1103";
    public const string HostNetworkMode = "NN1104";

    // Dockerfile rules (NN2xxx): written once in the library, surfaced by the analyzer and the CLI.
    public const string WindowsBaseImageForLinuxTarget = "NN2001";
    public const string LinuxBaseImageForWindowsTarget = "NN2002";
    public const string WindowsPathInLinuxStage = "NN2003";
    public const string WindowsShellInLinuxStage = "NN2004";
    public const string WindowsCommandInLinuxStage = "NN2005";
    public const string BacktickEscapeInLinuxFile = "NN2006";
    public const string CopyFromStageOfOtherOs = "NN2007";
    public const string LinuxSyntaxInWindowsStage = "NN2008";
    public const string DesktopOnlyHostName = "NN2009";
    public const string ConstantPlatformArchitecture = "NN2010";
    public const string EntrypointAssemblyCaseMismatch = "NN2011";
    public const string ExecFormFallsBackToShell = "NN2012";
    public const string RuntimeStagePinnedToBuildPlatform = "NN2013";
    public const string HardcodedArchitectureDownload = "NN2014";
    public const string HardcodedDotNetArchitecture = "NN2015";
    public const string DotNetSdkStageEmulated = "NN2016";

    // SDK container publishing (PublishContainer): the project's Container* and RuntimeIdentifier properties.
    public const string RuntimeIdentifierOfOtherOs = "NN2017";
    public const string ContainerLibcMismatch = "NN2018";

    // Build-time checks of the engine and the build context (NN3xxx): the MSBuild task and the CLI.
    public const string EngineOsMismatch = "NN3001";
    public const string EngineUnreachable = "NN3002";
    public const string EngineIsVm = "NN3003";
    public const string EngineArchitectureMismatch = "NN3004";
    public const string CrlfScriptInLinuxImage = "NN3005";
    public const string CopySourceCaseMismatch = "NN3006";
    public const string EngineArchitectureConflict = "NN3007";
    public const string NativeAssetsMissingForContainer = "NN3008";

    // Compose file rules (NN4xxx): written once in the library, surfaced by the analyzer and the CLI; NN4005/NN4007 by the CLI.
    public const string WindowsBindMountPath = "NN4001";
    public const string DesktopHostNameWithoutExtraHosts = "NN4002";
    public const string ComposeServiceOfOtherOs = "NN4003";
    public const string ComposePlatformMismatch = "NN4004";
    public const string ComposePathCaseMismatch = "NN4005";
    public const string ComposeResourcesAboveEngine = "NN4007";

    // Tool and configuration errors (NN9xxx).
    public const string InternalError = "NN9000";

    /// <summary>A Dockerfile (or .dockerignore) that cannot be parsed or read.</summary>
    public const string UnparseableDockerfile = "NN9001";
    public const string InvalidConfiguration = "NN9002";
    public const string EngineAnswerUnusable = "NN9003";
    public const string FixWriteFailed = "NN9004";
}
