using System;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// The one place for CPU architecture spellings: Docker's names (<c>amd64</c>, <c>arm64</c>), the kernel's
/// (<c>x86_64</c>, <c>aarch64</c>), .NET's (<c>x64</c>) and Docker Hub's namespaces and tag suffixes (<c>arm64v8</c>).
/// </summary>
public static class Architectures
{
    public const string Amd64 = "amd64";
    public const string Arm64 = "arm64";

    /// <summary>Docker's name of an architecture spelling (<c>x86_64</c> → <c>amd64</c>), or null when the word is none.</summary>
    public static string? Normalize(string? spelling)
    {
        switch ((spelling ?? string.Empty).ToLowerInvariant())
        {
            case "amd64":
            case "x86_64":
            case "x86-64":
            case "x64":
                return Amd64;
            case "arm64":
            case "aarch64":
            case "arm64v8":
                return Arm64;
            case "arm":
            case "arm32v7":
            case "arm32v6":
            case "arm32v5":
            case "armhf":
            case "armel":
                return "arm";
            case "386":
            case "i386":
            case "x86":
                return "386";
            case "ppc64le":
                return "ppc64le";
            case "s390x":
                return "s390x";
            case "riscv64":
                return "riscv64";
            default:
                return null;
        }
    }

    /// <summary>The architecture of a platform (<c>linux/arm64/v8</c> → <c>arm64</c>), or null when it names none.</summary>
    public static string? OfPlatform(string platform)
    {
        var parts = platform.Split('/');
        return parts.Length >= 2 ? Normalize(parts[1].Trim()) : null;
    }

    /// <summary>The architecture of a .NET runtime identifier (<c>linux-x64</c> → <c>amd64</c>, <c>linux-musl-arm64</c> → <c>arm64</c>), or null when it names none.</summary>
    public static string? OfRuntimeIdentifier(string? runtimeIdentifier)
    {
        var rid = (runtimeIdentifier ?? string.Empty).Trim();
        var dash = rid.LastIndexOf('-');
        return dash > 0 ? Normalize(rid.Substring(dash + 1)) : null;
    }

    /// <summary>
    /// The architecture of a target platform as a user writes it: a platform (<c>linux/amd64</c>, <c>linux/arm64/v8</c>),
    /// an architecture in any spelling (<c>amd64</c>, <c>x86_64</c>, <c>x64</c>, <c>aarch64</c>) or a runtime identifier
    /// (<c>linux-x64</c>); null when it is none of them.
    /// </summary>
    public static string? OfTargetPlatform(string? value)
    {
        var text = (value ?? string.Empty).Trim();
        if (text.IndexOf('/') >= 0)
        {
            var parts = text.Split('/');
            var os = parts[0].ToLowerInvariant();
            return parts.Length is 2 or 3 && os is "linux" or "windows" ? Normalize(parts[1]) : null;
        }

        return Normalize(text) ?? (text.StartsWith("linux-", StringComparison.OrdinalIgnoreCase) ? OfRuntimeIdentifier(text) : null);
    }

    /// <summary>The architecture an image reference pins: Docker Hub's namespace (<c>arm64v8/ubuntu</c>) or a tag component (<c>8.0-bookworm-slim-amd64</c>).</summary>
    public static string? OfImage(ImageReference? image)
    {
        if (image == null)
        {
            return null;
        }

        var slash = image.Repository.IndexOf('/');
        if (image.Registry == "docker.io" && slash > 0 && Normalize(image.Repository.Substring(0, slash)) is { } byNamespace
            && !string.Equals(image.Repository.Substring(0, slash), "arm", StringComparison.Ordinal))
        {
            return byNamespace;
        }

        if (image.Tag == null || image.VersionUnresolved)
        {
            return null;
        }

        foreach (var component in image.Tag.Split('-'))
        {
            // x64/x86 are .NET's words, not tag components; a tag says amd64, arm64v8, arm32v7.
            if (component is "amd64" or "arm64v8" or "arm64" or "arm32v7" or "arm32v6" or "aarch64" or "i386" or "ppc64le" or "s390x" or "riscv64")
            {
                return Normalize(component);
            }
        }

        return null;
    }

    /// <summary>.NET's name (a runtime identifier's last part) of an architecture spelling: amd64 → <c>x64</c>, aarch64 → <c>arm64</c>; null when the word is none.</summary>
    public static string? ToDotNet(string? spelling) => Normalize(spelling) switch
    {
        Amd64 => "x64",
        "386" => "x86",
        var other => other,
    };
}
