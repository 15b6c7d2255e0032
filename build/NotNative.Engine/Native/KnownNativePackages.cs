namespace NotNative.Engine.Native;

/// <summary>
/// What NN3008 knows of particular packages, each entry checked from the package itself: the companion that ships a
/// library's Linux build (the RIDs its version below ships in runtimes/RID/native/), and the packages whose native
/// library is optional because the package falls back to managed code without it.
/// </summary>
public static class KnownNativePackages
{
    public sealed record Companion(string Packages, IReadOnlyList<string> Rids);

    // SkiaSharp.NativeAssets.Linux(.NoDependencies) 2.88.9 and HarfBuzzSharp.NativeAssets.Linux 7.3.0.3 ship these.
    private static readonly string[] SkiaSharpLinuxRids = { "linux-x64", "linux-arm64", "linux-arm", "linux-musl-x64" };

    private static readonly Dictionary<string, Companion> CompanionsByLibrary = new(StringComparer.Ordinal)
    {
        ["skiasharp"] = new("SkiaSharp.NativeAssets.Linux.NoDependencies (no fontconfig needed in the image) or SkiaSharp.NativeAssets.Linux, of SkiaSharp's version", SkiaSharpLinuxRids),
        ["harfbuzzsharp"] = new("HarfBuzzSharp.NativeAssets.Linux, of HarfBuzzSharp's version", SkiaSharpLinuxRids),
    };

    // Microsoft.Azure.Cosmos 3.64.0: libQueryPlanInterop.so for linux-x64 and linux-arm64 only; without its interop the
    // SDK gets query plans from the gateway (QueryPlanGenerationMode.DefaultWindowsX64NativeWithFallbackToGateway).
    private static readonly HashSet<string> ManagedFallbacks = new(StringComparer.OrdinalIgnoreCase) { "Microsoft.Azure.Cosmos" };

    /// <summary>The companion that ships <paramref name="library"/> (a <see cref="NativeLibraryName"/>) for <paramref name="container"/>, or null.</summary>
    public static Companion? CompanionFor(string library, ContainerRuntime container) =>
        CompanionsByLibrary.TryGetValue(library, out var companion) && companion.Rids.Any(rid => container.CanUse(rid)) ? companion : null;

    /// <summary>Whether the package works without its native library, in managed code.</summary>
    public static bool HasManagedFallback(string packageId) => ManagedFallbacks.Contains(packageId);
}

/// <summary>
/// A native library's name across platforms and architectures, to match one package's Windows build with another's
/// Linux build: <c>libSkiaSharp.so</c>, <c>libSkiaSharp.dylib</c>, <c>libSkiaSharp.dll</c> → skiasharp;
/// <c>libgrpc_csharp_ext.x64.so</c>, <c>grpc_csharp_ext.x86.dll</c> → grpc_csharp_ext; <c>libfoo.so.1.2</c> → foo.
/// </summary>
public static class NativeLibraryName
{
    private static readonly HashSet<string> Extensions = new(StringComparer.Ordinal)
    {
        "so", "dylib", "dll", "a", "lib", "aar", "zip", "xcframework", "framework", "wasm", "bundle",
    };

    public static string Of(string assetPath)
    {
        var (name, architecture) = Split(assetPath);
        return name.StartsWith("lib", StringComparison.Ordinal) && name.Length > 3 ? name.Substring(3) : name;
    }

    /// <summary>The architecture a file's name says (<c>libgrpc_csharp_ext.x64.so</c> → x64, .NET's name), for assets under an architecture-less RID (runtimes/linux/native).</summary>
    public static string? ArchitectureOf(string assetPath) => Split(assetPath).Architecture;

    private static (string Name, string? Architecture) Split(string assetPath)
    {
        var name = assetPath.Substring(assetPath.LastIndexOf('/') + 1).ToLowerInvariant();
        while (name.LastIndexOf('.') is var dot && dot > 0
               && (Extensions.Contains(name.Substring(dot + 1)) || name.Substring(dot + 1).All(char.IsDigit)))
        {
            name = name.Substring(0, dot);
        }

        var last = name.LastIndexOf('.');
        if (last > 0 && Dockerfiles.Semantics.Architectures.ToDotNet(name.Substring(last + 1)) is { } architecture)
        {
            return (name.Substring(0, last), architecture);
        }

        return (name, null);
    }

    /// <summary>
    /// The runtime identifier a native asset is for: its folder's, except that a musl build kept in the glibc folder by
    /// its name (librdkafka.redist's runtimes/linux-x64/native/alpine-librdkafka.so, which Confluent.Kafka loads on
    /// Alpine) is for linux-musl-ARCH.
    /// </summary>
    public static string RidOf(RidAsset asset)
    {
        var file = asset.Path.Substring(asset.Path.LastIndexOf('/') + 1);
        var muslBuild = file.IndexOf("alpine", StringComparison.OrdinalIgnoreCase) >= 0 || file.IndexOf("musl", StringComparison.OrdinalIgnoreCase) >= 0;
        return muslBuild && asset.Rid.StartsWith("linux-", StringComparison.OrdinalIgnoreCase) && !asset.Rid.StartsWith("linux-musl", StringComparison.OrdinalIgnoreCase)
            ? "linux-musl-" + asset.Rid.Substring("linux-".Length)
            : asset.Rid;
    }

    /// <summary>The name the loader is asked for, for messages: <c>libSkiaSharp</c> from <c>runtimes/osx/native/libSkiaSharp.dylib</c>.</summary>
    public static string Display(string assetPath)
    {
        var file = assetPath.Substring(assetPath.LastIndexOf('/') + 1);
        var dot = file.IndexOf('.');
        return dot > 0 ? file.Substring(0, dot) : file;
    }
}
