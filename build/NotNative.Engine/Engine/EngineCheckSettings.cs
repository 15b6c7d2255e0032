using System.Globalization;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>
/// The one reading of the engine check's settings, for the MSBuild tasks and the CLI alike. A value it refuses is
/// reported by the host with <see cref="CheckHost.InvalidEngineCheck"/>, <see cref="CheckHost.InvalidEngineTimeout"/> or <see cref="CheckHost.InvalidTargetPlatform"/>
/// (NN9002 in a build, a usage error in the CLI); it is never replaced by the default silently.
/// </summary>
public static class EngineCheckSettings
{
    /// <summary>auto, required or off, in any letter case; unset or blank is auto.</summary>
    public static bool TryParseMode(string? value, out EngineCheckMode mode)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "" or "auto": mode = EngineCheckMode.Auto; return true;
            case "required": mode = EngineCheckMode.Required; return true;
            case "off": mode = EngineCheckMode.Off; return true;
            default: mode = EngineCheckMode.Auto; return false;
        }
    }

    /// <summary>A positive whole number of milliseconds; unset or blank is <see cref="EngineProbe.DefaultTimeout"/>.</summary>
    public static bool TryParseTimeout(string? value, out TimeSpan timeout)
    {
        timeout = EngineProbe.DefaultTimeout;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds) || milliseconds <= 0)
        {
            return false;
        }

        timeout = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>
    /// The architecture the image is built for: the target platform's (NotNativeTargetPlatform, --target-platform:
    /// <c>linux/amd64</c>, <c>arm64</c>, <c>x86_64</c>, ... as <see cref="Architectures.OfTargetPlatform"/> reads them) when set,
    /// else <paramref name="containerRuntimeIdentifier"/>'s, else null (unknown). False for a target platform that names no architecture.
    /// </summary>
    public static bool TryResolveTargetArchitecture(string? targetPlatform, string? containerRuntimeIdentifier, CheckHost host, out TargetArchitecture? target)
    {
        target = null;
        if (!string.IsNullOrWhiteSpace(targetPlatform))
        {
            if (Architectures.OfTargetPlatform(targetPlatform) is not { } architecture)
            {
                return false;
            }

            target = new TargetArchitecture(architecture, $"{host.TargetPlatformSetting} '{targetPlatform!.Trim()}'");
            return true;
        }

        if (Architectures.OfRuntimeIdentifier(containerRuntimeIdentifier) is { } fromRid)
        {
            target = new TargetArchitecture(fromRid, $"ContainerRuntimeIdentifier '{containerRuntimeIdentifier!.Trim()}'");
        }

        return true;
    }
}
