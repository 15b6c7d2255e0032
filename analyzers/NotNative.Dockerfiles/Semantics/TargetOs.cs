using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// The one decision "which OS do this project's containers run on", shared by the Dockerfile analyzer, the C# rules'
/// container context, the MSBuild task and the CLI. The order is documented once, in docs/target-os.md:
/// <list type="number">
/// <item>NotNativeTargetOS (the CLI's --target-os);</item>
/// <item>DockerDefaultTargetOS (Visual Studio Container Tools);</item>
/// <item>when SDK container publishing is on (EnableSdkContainerSupport=true, or the user set a Container* property or
/// a container publish profile): the container RID's OS (ContainerRuntimeIdentifier when set, which the SDK uses instead of
/// RuntimeIdentifier, else RuntimeIdentifier), else ContainerBaseImage's OS, else Linux when the user asked for SDK
/// publishing (the SDK's default container RID is linux-&lt;arch&gt;);</item>
/// <item>the final stage of the Dockerfile the project builds, when the caller knows it (the C# rules; the Dockerfile
/// rules check that file against the target, so they cannot take the target from it);</item>
/// <item>Linux (Docker Desktop's and the SDK's default).</item>
/// </list>
/// An empty or unknown value (DockerDefaultTargetOS=foo, ContainerRuntimeIdentifier=osx-arm64) tells nothing and the
/// next step decides.
/// </summary>
public static class TargetOs
{
    public const string NotNativeTargetOS = "NotNativeTargetOS";
    public const string DockerDefaultTargetOS = "DockerDefaultTargetOS";
    public const string EnableSdkContainerSupport = "EnableSdkContainerSupport";
    public const string ContainerRuntimeIdentifier = "ContainerRuntimeIdentifier";
    public const string RuntimeIdentifier = "RuntimeIdentifier";
    public const string ContainerBaseImage = "ContainerBaseImage";
    public const string DefaultSource = "default";

    /// <summary>The MSBuild properties <see cref="Resolve"/> reads, for adapters that must pass them on.</summary>
    public static IReadOnlyList<string> Properties { get; } = new[]
    {
        NotNativeTargetOS, DockerDefaultTargetOS, EnableSdkContainerSupport, ContainerRuntimeIdentifier, RuntimeIdentifier,
        SdkContainerPublishing.ContainerRepository, SdkContainerPublishing.ContainerImageName, ContainerBaseImage,
        SdkContainerPublishing.ContainerFamily, SdkContainerPublishing.PublishProfile, SdkContainerPublishing.WebPublishMethod,
    };

    /// <param name="property">An MSBuild property's value by name, null when unset.</param>
    /// <param name="builtDockerfileOs">The OS of the final stage of the Dockerfile the project builds, asked only when the earlier steps tell nothing.</param>
    /// <param name="explicitSetting">The name the explicit setting is read and reported under: NotNativeTargetOS, or the CLI's --target-os.</param>
    public static TargetOsDecision Resolve(Func<string, string?> property, Func<ContainerOs?>? builtDockerfileOs = null, string explicitSetting = NotNativeTargetOS)
    {
        if (FromSetting(property, explicitSetting, Parse) is { } explicitOs)
        {
            return explicitOs;
        }

        if (FromSetting(property, DockerDefaultTargetOS, Parse) is { } visualStudio)
        {
            return visualStudio;
        }

        var sdkPublishingAsked = SdkContainerPublishing.IsAsked(property);
        if (sdkPublishingAsked || string.Equals(property(EnableSdkContainerSupport), "true", StringComparison.OrdinalIgnoreCase))
        {
            // The SDK builds for ContainerRuntimeIdentifier when set (osx-arm64 included: RuntimeIdentifier is then not used).
            var ridProperty = string.IsNullOrWhiteSpace(property(ContainerRuntimeIdentifier)) ? RuntimeIdentifier : ContainerRuntimeIdentifier;
            if (FromSetting(property, ridProperty, FromRuntimeIdentifier) is { } fromRid)
            {
                return fromRid;
            }

            if (FromSetting(property, ContainerBaseImage, BaseImageOs) is { } fromBaseImage)
            {
                return fromBaseImage;
            }

            if (sdkPublishingAsked)
            {
                return new TargetOsDecision(ContainerOs.Linux, DefaultSource, "SDK container publishing's default RID (linux-<arch>)");
            }
        }

        if (builtDockerfileOs?.Invoke() is { } dockerfileOs and not ContainerOs.Unknown)
        {
            return new TargetOsDecision(dockerfileOs, "Dockerfile", "the final stage of the Dockerfile the project builds is " + dockerfileOs);
        }

        return new TargetOsDecision(ContainerOs.Linux, DefaultSource, DefaultSource);
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

    /// <summary><c>linux-musl-x64</c> → musl; <c>linux-x64</c>, <c>linux-arm64</c> → glibc; other OSes and unknown values → Unknown.</summary>
    public static Libc LibcOfRuntimeIdentifier(string? rid)
    {
        if (FromRuntimeIdentifier(rid) != ContainerOs.Linux)
        {
            return Libc.Unknown;
        }

        var value = rid!.Trim();
        return value.StartsWith("linux-musl", StringComparison.OrdinalIgnoreCase) ? Libc.Musl
            : value.StartsWith("linux-bionic", StringComparison.OrdinalIgnoreCase) ? Libc.Unknown // Android
            : value.StartsWith("linux-", StringComparison.OrdinalIgnoreCase) ? Libc.Glibc : Libc.Unknown;
    }

    /// <summary>The same architecture for another OS or libc: (<c>win-x64</c>, Linux, musl) → <c>linux-musl-x64</c>; (<c>linux-arm64</c>, Windows) → <c>win-arm64</c>.</summary>
    public static string RuntimeIdentifierFor(string rid, ContainerOs os, Libc libc = Libc.Glibc)
    {
        var architecture = rid.Trim().Substring(rid.Trim().LastIndexOf('-') + 1);
        if (architecture.Length == 0 || architecture.IndexOf('<') >= 0)
        {
            architecture = "x64";
        }

        return (os == ContainerOs.Windows ? "win-" : libc == Libc.Musl ? "linux-musl-" : "linux-") + architecture;
    }

    private static ContainerOs? BaseImageOs(string? image) =>
        string.IsNullOrWhiteSpace(image) ? null
        : ImageCatalogue.Classify(ImageReference.Parse(image))?.Os is { } os and not ContainerOs.Unknown ? os : null;

    private static TargetOsDecision? FromSetting(Func<string, string?> property, string name, Func<string?, ContainerOs?> read)
    {
        var value = property(name);
        return read(value) is { } os ? new TargetOsDecision(os, name, name + "=" + value!.Trim()) : null;
    }
}

/// <summary>The target OS and why: <see cref="Source"/> names the setting for messages, <see cref="Reason"/> says what it held.</summary>
public sealed class TargetOsDecision
{
    public TargetOsDecision(ContainerOs os, string source, string reason)
    {
        Os = os;
        Source = source;
        Reason = reason;
    }

    public ContainerOs Os { get; }

    /// <summary>"NotNativeTargetOS", "DockerDefaultTargetOS", "ContainerRuntimeIdentifier", ..., "default".</summary>
    public string Source { get; }

    /// <summary>"ContainerRuntimeIdentifier=win-x64", "default".</summary>
    public string Reason { get; }

    public void Deconstruct(out ContainerOs os, out string source)
    {
        os = Os;
        source = Source;
    }
}

/// <summary>
/// Whether the user asked for .NET SDK container publishing: a Container* property or a container publish profile.
/// EnableSdkContainerSupport is not such evidence: the SDK (8.0.200+) sets it for every executable. These are read at
/// evaluation time: Microsoft.NET.Build.Containers.targets defaults ContainerRepository, ContainerRuntimeIdentifier and
/// ContainerBaseImage only inside targets that run at publish, after the compiler has read the properties.
/// </summary>
public static class SdkContainerPublishing
{
    public const string ContainerRepository = "ContainerRepository";
    public const string ContainerImageName = "ContainerImageName";
    public const string ContainerFamily = "ContainerFamily";
    public const string PublishProfile = "PublishProfile";
    public const string WebPublishMethod = "WebPublishMethod";

    public static IReadOnlyList<string> UserProperties { get; } = new[]
    {
        ContainerRepository, ContainerImageName, TargetOs.ContainerBaseImage, ContainerFamily, TargetOs.ContainerRuntimeIdentifier,
    };

    /// <summary>The first Container* property the user set, or null.</summary>
    public static string? UserPropertySet(Func<string, string?> property)
    {
        foreach (var name in UserProperties)
        {
            if (!string.IsNullOrWhiteSpace(property(name)))
            {
                return name;
            }
        }

        return null;
    }

    public static bool HasContainerPublishProfile(Func<string, string?> property) =>
        string.Equals(property(PublishProfile), "DefaultContainer", StringComparison.OrdinalIgnoreCase)
        || string.Equals(property(WebPublishMethod), "Container", StringComparison.OrdinalIgnoreCase);

    public static bool IsAsked(Func<string, string?> property) => UserPropertySet(property) != null || HasContainerPublishProfile(property);
}
