using System;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// The project's target container OS from MSBuild properties, in this order: NotNativeTargetOS,
/// DockerDefaultTargetOS (Visual Studio Container Tools), the OS part of ContainerRuntimeIdentifier or
/// RuntimeIdentifier when SDK container publishing is on, else Linux (Docker Desktop's and the SDK's default).
/// </summary>
public static class TargetOs
{
    public static (ContainerOs Os, string Source) Resolve(Func<string, string?> property)
    {
        if (Parse(property("NotNativeTargetOS")) is { } explicitOs)
        {
            return (explicitOs, "NotNativeTargetOS");
        }

        if (Parse(property("DockerDefaultTargetOS")) is { } visualStudio)
        {
            return (visualStudio, "DockerDefaultTargetOS");
        }

        if (string.Equals(property("EnableSdkContainerSupport"), "true", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var name in new[] { "ContainerRuntimeIdentifier", "RuntimeIdentifier" })
            {
                if (FromRuntimeIdentifier(property(name)) is { } fromRid)
                {
                    return (fromRid, name);
                }
            }
        }

        return (ContainerOs.Linux, "default");
    }

    public static ContainerOs? Parse(string? value)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "linux": return ContainerOs.Linux;
            case "windows": return ContainerOs.Windows;
            default: return null;
        }
    }

    /// <summary><c>linux-x64</c>, <c>linux-musl-arm64</c> → Linux; <c>win-x64</c>, <c>win10-x64</c> → Windows.</summary>
    public static ContainerOs? FromRuntimeIdentifier(string? rid)
    {
        if (string.IsNullOrWhiteSpace(rid))
        {
            return null;
        }

        var value = rid!.Trim().ToLowerInvariant();
        if (value.StartsWith("linux", StringComparison.Ordinal))
        {
            return ContainerOs.Linux;
        }

        return value.StartsWith("win", StringComparison.Ordinal) ? ContainerOs.Windows : null;
    }
}
