using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Native;

/// <summary>
/// The runtime identifier the app has in its Linux container, and which RID-specific native assets it can load there.
/// A small RID graph of its own: NuGet's lets <c>linux-musl-x64</c> fall back to <c>linux-x64</c>, whose libraries are
/// linked against glibc and do not load on Alpine's musl.
/// </summary>
public sealed class ContainerRuntime
{
    private ContainerRuntime(string rid, string reason, bool musl, string architecture)
    {
        Rid = rid;
        Reason = reason;
        IsMusl = musl;
        Architecture = architecture;
    }

    /// <summary><c>linux-x64</c>, <c>linux-musl-arm64</c>.</summary>
    public string Rid { get; }

    /// <summary>Where the RID comes from, for messages: "ContainerRuntimeIdentifier=linux-arm64".</summary>
    public string Reason { get; }

    public bool IsMusl { get; }

    /// <summary>.NET's name: x64, arm64.</summary>
    public string Architecture { get; }

    /// <summary>
    /// The container's RID: <c>ContainerRuntimeIdentifier</c>, else <c>RuntimeIdentifier</c> when it is a Linux one, else
    /// <c>linux-musl-ARCH</c> when the image is Alpine-family (<paramref name="finalStage"/> or a stage it builds on) and
    /// <c>linux-ARCH</c> otherwise, ARCH from <paramref name="targetArchitecture"/> (the platform the image is built
    /// for), else the engine's, else x64. Null when the container is not a Linux one this graph knows (win-x64,
    /// a distribution-specific RID such as rhel.8-x64): NN3008 then says nothing.
    /// </summary>
    public static ContainerRuntime? Resolve(string? containerRuntimeIdentifier, string? runtimeIdentifier, Stage? finalStage, string? targetArchitecture, string? engineArchitecture)
    {
        if (!string.IsNullOrWhiteSpace(containerRuntimeIdentifier))
        {
            return FromRid(containerRuntimeIdentifier!.Trim(), "ContainerRuntimeIdentifier=" + containerRuntimeIdentifier.Trim());
        }

        if (TargetOs.FromRuntimeIdentifier(runtimeIdentifier) == ContainerOs.Linux)
        {
            return FromRid(runtimeIdentifier!.Trim(), "RuntimeIdentifier=" + runtimeIdentifier.Trim());
        }

        var (architecture, architectureReason) =
            Architectures.ToDotNet(targetArchitecture) is { } target ? (target, "the target platform's")
            : Architectures.ToDotNet(engineArchitecture) is { } engine ? (engine, "the Docker engine's")
            : ("x64", "assumed: neither the target platform nor the engine said");
        var image = FinalImage(finalStage);
        var musl = ImageCatalogue.IsMusl(image);
        var rid = (musl ? "linux-musl-" : "linux-") + architecture;
        var imageReason = musl ? $"the final image '{image!.Original}' is Alpine, with musl" : "the final image is not Alpine";
        return new ContainerRuntime(rid, $"{imageReason}; architecture {architecture}, {architectureReason}", musl, architecture);
    }

    /// <summary>
    /// Whether a package's asset for <paramref name="assetRid"/> loads in this container; <paramref name="fileArchitecture"/>
    /// is the architecture its file name says, when it says one (runtimes/linux/native/libgrpc_csharp_ext.x64.so).
    /// </summary>
    public bool CanUse(string assetRid, string? fileArchitecture = null)
    {
        if (fileArchitecture != null && fileArchitecture != Architecture)
        {
            return false;
        }

        var rid = assetRid.Trim().ToLowerInvariant();
        if (rid is "any" or "unix" or "linux" || rid == "unix-" + Architecture || rid == "linux-" + Architecture && !IsMusl)
        {
            return true;
        }

        return IsMusl && (rid == "linux-musl" || rid == "linux-musl-" + Architecture);
    }

    private static ContainerRuntime? FromRid(string rid, string reason)
    {
        var value = rid.ToLowerInvariant();
        var musl = value.StartsWith("linux-musl-", StringComparison.Ordinal);
        var prefix = musl ? "linux-musl-" : "linux-";
        if (!value.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var architecture = value.Substring(prefix.Length);
        return Architectures.ToDotNet(architecture) == architecture ? new ContainerRuntime(value, reason, musl, architecture) : null;
    }

    /// <summary>The image of the final stage, or of the stage it builds on (<c>FROM base AS final</c>).</summary>
    private static ImageReference? FinalImage(Stage? stage)
    {
        for (; stage != null; stage = stage.Parent)
        {
            if (stage.Image != null)
            {
                return stage.Image;
            }
        }

        return null;
    }
}
