namespace NotNative.Engine.Engine;

/// <summary>
/// The program that runs the build check, and how its user sets the engine check: a message must name a switch that
/// exists where it is read (an MSBuild property in a build, a command-line option in the CLI).
/// </summary>
public sealed class CheckHost
{
    public static readonly CheckHost MSBuild = new("NotNativeEngineCheck", "NotNativeEngineTimeout", "NotNativeDockerHost", "NotNativeTargetPlatform", "set {0}={1}");

    public static readonly CheckHost Cli = new("--engine", "--timeout", "--host", "--target-platform", "pass '{0} {1}'");

    private readonly string _setFormat;

    private CheckHost(string engineCheck, string engineTimeout, string endpoint, string targetPlatform, string setFormat)
    {
        TargetPlatformSetting = targetPlatform;
        EngineCheckSetting = engineCheck;
        EngineTimeoutSetting = engineTimeout;
        EndpointSetting = endpoint;
        _setFormat = setFormat;
    }

    /// <summary>Where the user sets the engine check's mode: NotNativeEngineCheck or --engine.</summary>
    public string EngineCheckSetting { get; }

    /// <summary>Where the user sets the engine timeout: NotNativeEngineTimeout or --timeout.</summary>
    public string EngineTimeoutSetting { get; }

    /// <summary>Where the user names the engine explicitly: NotNativeDockerHost or --host.</summary>
    public string EndpointSetting { get; }

    /// <summary>Where the user names the platform the image is built for: NotNativeTargetPlatform or --target-platform.</summary>
    public string TargetPlatformSetting { get; }

    /// <summary>How to set the engine check to <paramref name="mode"/>, as an imperative: "set NotNativeEngineCheck=off".</summary>
    public string SetEngineCheck(EngineCheckMode mode) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, _setFormat, EngineCheckSetting, mode.ToString().ToLowerInvariant());

    /// <summary>What is wrong with an engine check mode <see cref="EngineCheckSettings.TryParseMode"/> refused.</summary>
    public string InvalidEngineCheck(string? value) => $"{EngineCheckSetting} is '{value}'; it must be auto, required or off.";

    /// <summary>What is wrong with an engine timeout <see cref="EngineCheckSettings.TryParseTimeout"/> refused.</summary>
    public string InvalidEngineTimeout(string? value) =>
        $"{EngineTimeoutSetting} is '{value}'; it must be a positive whole number of milliseconds (default {(int)EngineProbe.DefaultTimeout.TotalMilliseconds}).";

    /// <summary>What is wrong with a target platform <see cref="EngineCheckSettings.TryResolveTargetArchitecture"/> refused.</summary>
    public string InvalidTargetPlatform(string? value) =>
        $"{TargetPlatformSetting} is '{value}'; it must be a platform such as linux/amd64 or linux/arm64 (or an architecture: amd64, arm64, x86_64, aarch64).";
}
