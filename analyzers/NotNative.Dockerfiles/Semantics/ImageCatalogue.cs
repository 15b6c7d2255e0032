using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>One family of images whose OS is known from the reference alone.</summary>
public sealed class ImageFamily
{
    internal ImageFamily(string id, ContainerOs os, string reason, string description, string example, Func<ImageReference, bool> matches, Func<ImageReference, string?> equivalent, string? noEquivalentReason = null)
    {
        Id = id;
        Os = os;
        Reason = reason;
        Description = description;
        Example = example;
        Matches = matches;
        Equivalent = equivalent;
        NoEquivalentReason = noEquivalentReason;
    }

    /// <summary>A stable name, used by tests and docs (docs/image-catalogue.md).</summary>
    public string Id { get; }
    public ContainerOs Os { get; }

    /// <summary>Why, in a few words, for messages: "its tag names Nano Server or Server Core".</summary>
    public string Reason { get; }

    public string Description { get; }

    /// <summary>A reference this entry must classify (each entry is tested with it).</summary>
    public string Example { get; }

    public Func<ImageReference, bool> Matches { get; }

    /// <summary>The same image for the other OS, when there is one.</summary>
    public Func<ImageReference, string?> Equivalent { get; }

    /// <summary>Why there is no equivalent, for the message.</summary>
    public string? NoEquivalentReason { get; }
}

/// <summary>
/// The one catalogue of image families whose OS the reference tells (field notes, section 3).
/// A shared multi-OS tag (<c>golang:1.22</c>) or an unknown private image matches nothing: unknown.
/// </summary>
public static partial class ImageCatalogue
{
    private static readonly string[] WindowsTagMarkers = { "windowsservercore", "nanoserver" };

    private static readonly string[] LinuxTagComponents =
    {
        "alpine", "jammy", "noble", "focal", "bionic", "xenial", "bookworm", "bullseye", "buster", "stretch", "trixie",
        "slim", "azurelinux", "mariner", "chiseled", "ubuntu", "debian", "ubi8", "ubi9", "distroless",
    };

    private static readonly HashSet<string> LinuxOnlyRepositories = new(StringComparer.Ordinal)
    {
        "alpine", "ubuntu", "debian", "centos", "fedora", "busybox", "amazonlinux", "rockylinux", "almalinux",
        "archlinux", "oraclelinux", "photon", "clearlinux", "opensuse/leap", "opensuse/tumbleweed", "nginx", "httpd",
        "redis", "postgres", "mysql", "mariadb", "node", "ruby", "php", "rust", "haproxy", "memcached", "rabbitmq",
        "buildpack-deps", "wordpress", "scratch",
    };

    // Docker Hub's per-architecture namespaces of the official images (amd64/alpine is alpine for amd64).
    private static readonly string[] LinuxArchitectureNamespaces =
    {
        "amd64/", "arm32v5/", "arm32v6/", "arm32v7/", "arm64v8/", "i386/", "ppc64le/", "s390x/", "riscv64/", "mips64le/",
    };

    private static readonly HashSet<string> DotNetImages = new(StringComparer.Ordinal)
    {
        "dotnet/sdk", "dotnet/aspnet", "dotnet/runtime", "dotnet/runtime-deps", "dotnet/monitor", "dotnet/nightly/sdk",
        "dotnet/nightly/aspnet", "dotnet/nightly/runtime", "dotnet/nightly/runtime-deps",
    };

    public static IReadOnlyList<ImageFamily> Families { get; } = new[]
    {
        new ImageFamily("windows-base", ContainerOs.Windows,
            "a Windows base OS image",
            "Windows base OS images: mcr.microsoft.com/windows/servercore, nanoserver, server and windows (any tag)",
            "mcr.microsoft.com/windows/servercore:ltsc2022",
            r => r.Registry == "mcr.microsoft.com" && (r.Repository == "windows" || r.Repository.StartsWith("windows/", StringComparison.Ordinal)),
            _ => null,
            "Windows base OS images have no Linux equivalent: pick the Linux image your app needs (for .NET, mcr.microsoft.com/dotnet/aspnet or runtime)"),
        new ImageFamily("windows-base-legacy", ContainerOs.Windows,
            "its name says it is a Windows image",
            "Old and insider names of Windows images, and Docker Hub's winamd64/* namespace: microsoft/windowsservercore, microsoft/nanoserver, microsoft/iis, microsoft/aspnet, microsoft/dotnet-framework*, any microsoft/*windows* or microsoft/*nanoserver* (microsoft/mssql-server-windows-express), mcr.microsoft.com/windowsservercore-insider and nanoserver-insider",
            "microsoft/mssql-server-windows-express:2017-latest",
            IsLegacyWindowsName,
            _ => null,
            "this Windows image has no Linux equivalent"),
        new ImageFamily("dotnet-framework", ContainerOs.Windows,
            ".NET Framework images are Windows-only",
            ".NET Framework images: mcr.microsoft.com/dotnet/framework/* (Windows only, though the name does not say so)",
            "mcr.microsoft.com/dotnet/framework/aspnet:4.8",
            r => r.Registry == "mcr.microsoft.com" && r.Repository.StartsWith("dotnet/framework/", StringComparison.Ordinal),
            _ => null,
            ".NET Framework runs only on Windows: port the app to .NET (mcr.microsoft.com/dotnet/aspnet:8.0) to run it in a Linux container"),
        new ImageFamily("windows-tag", ContainerOs.Windows,
            "its tag names Nano Server or Server Core",
            "Any image whose tag names a Windows base: *-nanoserver-*, *-windowsservercore-* (.NET, PowerShell and 15 Docker official images such as golang, python, mongo, openjdk)",
            "mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022",
            r => r.Tag != null && HasWindowsTagMarker(r.Tag),
            LinuxEquivalentOfWindowsTag),
        new ImageFamily("windows-platform-tag", ContainerOs.Windows,
            "its tag names a Windows Server release",
            "Tags that name a Windows release: ltsc2019, ltsc2022, ltsc2025, 1809 (on Microsoft's registry)",
            "mcr.microsoft.com/powershell:lts-7.4-windowsserver-ltsc2022",
            r => r.Registry == "mcr.microsoft.com" && r.Tag != null && (ContainsComponent(r.Tag, "windowsserver") || ContainsComponent(r.Tag, "ltsc2019")
                || ContainsComponent(r.Tag, "ltsc2022") || ContainsComponent(r.Tag, "ltsc2025")),
            _ => null,
            "pick the Linux tag of the same image"),
        new ImageFamily("linux-distribution", ContainerOs.Linux,
            "this image has no Windows variant",
            "Linux-only images: alpine, ubuntu, debian, centos, fedora, busybox, amazonlinux, nginx, redis, postgres, node, buildpack-deps, scratch and other official images with no Windows variant, also under an architecture namespace (amd64/alpine, arm64v8/ubuntu)",
            "ubuntu:24.04",
            r => r.Registry == "docker.io" && LinuxOnlyRepositories.Contains(OfficialRepository(r.Repository)),
            _ => null),
        new ImageFamily("linux-registry", ContainerOs.Linux,
            "images from this registry are Linux-only",
            "Linux-only registries and paths: gcr.io/distroless, cgr.dev/chainguard, registry.access.redhat.com/ubi*, quay.io, mcr.microsoft.com/azurelinux and cbl-mariner",
            "gcr.io/distroless/static-debian12",
            r => (r.Registry == "gcr.io" && r.Repository.StartsWith("distroless/", StringComparison.Ordinal))
                 || r.Registry == "cgr.dev"
                 || (r.Registry == "registry.access.redhat.com" && r.Repository.StartsWith("ubi", StringComparison.Ordinal))
                 || (r.Registry == "mcr.microsoft.com" && (r.Repository.StartsWith("azurelinux", StringComparison.Ordinal) || r.Repository.StartsWith("cbl-mariner", StringComparison.Ordinal))),
            _ => null),
        new ImageFamily("linux-tag", ContainerOs.Linux,
            "its tag names a Linux distribution",
            "Tags that name a Linux distribution: *-alpine*, *-jammy, *-noble, *-bookworm*, *-bullseye*, *-slim, *-azurelinux*, *-cbl-mariner*, *-chiseled*, ubuntu-*, debian-*",
            "mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled",
            r => r.Tag != null && HasLinuxTagComponent(r.Tag),
            _ => null),
        new ImageFamily("dotnet-multi-platform", ContainerOs.Linux,
            ".NET's multi-platform tags are Linux images",
            ".NET's multi-platform tags on mcr.microsoft.com/dotnet/{sdk,aspnet,runtime,runtime-deps} (8.0, 9.0, latest): Linux images",
            "mcr.microsoft.com/dotnet/aspnet:8.0",
            r => r.Registry == "mcr.microsoft.com" && DotNetImages.Contains(r.Repository) && !r.VersionUnresolved && (r.Tag == null || IsVersionTag(r.Tag)),
            _ => null),
    };

    /// <summary>Official images of glibc distributions (their other official Linux images default to Debian too, but may be Alpine by tag).</summary>
    private static readonly HashSet<string> GlibcRepositories = new(StringComparer.Ordinal)
    {
        "ubuntu", "debian", "centos", "fedora", "amazonlinux", "rockylinux", "almalinux", "oraclelinux", "buildpack-deps",
    };

    /// <summary>
    /// The C library of a Linux image, when its reference tells: an <c>alpine*</c> tag component or the alpine image is
    /// musl; a Debian, Ubuntu, Azure Linux or Red Hat tag or image, and .NET's multi-platform tags (Debian), are glibc.
    /// Distroless images with no libc, shared tags of other images and Windows images are Unknown.
    /// </summary>
    public static Libc LibcOf(ImageReference? reference)
    {
        var family = Classify(reference);
        if (reference == null || family?.Os != ContainerOs.Linux)
        {
            return Libc.Unknown;
        }

        if (reference.Tag != null && LibcOfTag(reference.Tag) is var byTag and not Libc.Unknown)
        {
            return byTag;
        }

        var repository = OfficialRepository(reference.Repository);
        if (reference.Registry == "docker.io")
        {
            return repository == "alpine" ? Libc.Musl : GlibcRepositories.Contains(repository) ? Libc.Glibc : Libc.Unknown;
        }

        return family.Id == "dotnet-multi-platform"
            || (reference.Registry == "mcr.microsoft.com" && (reference.Repository.StartsWith("azurelinux", StringComparison.Ordinal) || reference.Repository.StartsWith("cbl-mariner", StringComparison.Ordinal)))
            || (reference.Registry == "registry.access.redhat.com" && reference.Repository.StartsWith("ubi", StringComparison.Ordinal))
            ? Libc.Glibc
            : Libc.Unknown;
    }

    /// <summary><c>8.0-alpine3.20</c> → musl; <c>8.0-jammy-chiseled</c>, <c>bookworm-slim</c> → glibc; <c>8.0</c>, <c>static-debian12</c>'s "distroless" alone → Unknown.</summary>
    private static Libc LibcOfTag(string tag)
    {
        var libc = Libc.Unknown;
        foreach (var component in tag.Split('-'))
        {
            if (component.StartsWith("alpine", StringComparison.OrdinalIgnoreCase))
            {
                return Libc.Musl;
            }

            if (component.Length > 0 && !string.Equals(component, "distroless", StringComparison.OrdinalIgnoreCase)
                && (IsLinuxComponent(component, 0, component.Length) || component.StartsWith("azurelinux", StringComparison.OrdinalIgnoreCase)))
            {
                libc = Libc.Glibc;
            }
        }

        return libc;
    }

    /// <summary>The .NET SDK image (<c>mcr.microsoft.com/dotnet/sdk</c>, nightly and the old <c>dotnet/core/sdk</c>), any tag.</summary>
    public static bool IsDotNetSdk(ImageReference? reference) =>
        reference != null && reference.Registry == "mcr.microsoft.com"
        && reference.Repository is "dotnet/sdk" or "dotnet/nightly/sdk" or "dotnet/core/sdk";

    /// <summary>
    /// Whether the image is Alpine-family, whose C library is musl, not glibc (.NET's <c>linux-musl-*</c> runtime
    /// identifiers): the alpine image (also under an architecture namespace) and any tag with an Alpine component
    /// (<c>mcr.microsoft.com/dotnet/aspnet:8.0-alpine</c>, <c>node:20-alpine3.19</c>).
    /// </summary>
    public static bool IsMusl(ImageReference? reference)
    {
        if (reference == null)
        {
            return false;
        }

        if (reference.Registry == "docker.io" && OfficialRepository(reference.Repository) == "alpine")
        {
            return true;
        }

        var tag = reference.Tag;
        if (tag == null || reference.VersionUnresolved)
        {
            return false;
        }

        var start = 0;
        foreach (var component in tag.Split('-'))
        {
            if (IsAlpineComponent(tag, start, component.Length))
            {
                return true;
            }

            start += component.Length + 1;
        }

        return false;
    }

    /// <summary>The OS the reference alone tells, or Unknown.</summary>
    public static ImageFamily? Classify(ImageReference? reference)
    {
        if (reference == null)
        {
            return null;
        }

        foreach (var family in Families)
        {
            if (family.Matches(reference))
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>
    /// The OS a Dockerfile's name says, as repositories name their variants (<c>Dockerfile.nanoserver</c>,
    /// <c>Dockerfile.windowsservercore-ltsc2022</c>, <c>windows.Dockerfile</c>, <c>Dockerfile.linux</c>,
    /// <c>Dockerfile.alpine</c>): the weakest evidence, used only for a file the project does not build whose
    /// stages say nothing (templates, <c>FROM $BASE</c>).
    /// </summary>
    public static ContainerOs OsOfFileName(string? fileName)
    {
        var os = ContainerOs.Unknown;
        foreach (var part in (fileName ?? string.Empty).ToLowerInvariant().Split('.', '-', '_'))
        {
            var named = part.StartsWith("windows", StringComparison.Ordinal) || part.StartsWith("nanoserver", StringComparison.Ordinal)
                        || part == "servercore" || part == "win"
                ? ContainerOs.Windows
                : part == "linux" || HasLinuxTagComponent(part) ? ContainerOs.Linux : ContainerOs.Unknown;
            if (named != ContainerOs.Unknown)
            {
                if (os != ContainerOs.Unknown && os != named)
                {
                    return ContainerOs.Unknown;
                }

                os = named;
            }
        }

        return os;
    }

    /// <summary><c>arm64v8/ubuntu</c> → <c>ubuntu</c>: an official image under an architecture namespace.</summary>
    private static string OfficialRepository(string repository)
    {
        foreach (var prefix in LinuxArchitectureNamespaces)
        {
            if (repository.StartsWith(prefix, StringComparison.Ordinal))
            {
                return repository.Substring(prefix.Length);
            }
        }

        return repository;
    }

    /// <summary>Windows images whose repository name alone says so, whatever the tag (which may come from an ARG).</summary>
    private static bool IsLegacyWindowsName(ImageReference reference)
    {
        var repository = reference.Repository;
        if (reference.Registry == "docker.io" && repository.StartsWith("winamd64/", StringComparison.Ordinal))
        {
            return true; // Docker Hub's Windows namespace of the official images (winamd64/golang)
        }

        if (reference.Registry == "docker.io" && repository.StartsWith("microsoft/", StringComparison.Ordinal))
        {
            var name = repository.Substring("microsoft/".Length);
            return name is "iis" or "aspnet" || name.StartsWith("dotnet-framework", StringComparison.Ordinal)
                || name.IndexOf("windows", StringComparison.Ordinal) >= 0 || name.IndexOf("nanoserver", StringComparison.Ordinal) >= 0;
        }

        return reference.Registry == "mcr.microsoft.com"
            && (repository.StartsWith("windowsservercore", StringComparison.Ordinal) || repository.StartsWith("nanoserver", StringComparison.Ordinal));
    }

    private static bool HasWindowsTagMarker(string tag)
    {
        foreach (var marker in WindowsTagMarkers)
        {
            if (tag.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>8.0-nanoserver-ltsc2022</c> → <c>8.0</c>; <c>windowsservercore</c> → <c>latest</c>.</summary>
    private static string? LinuxEquivalentOfWindowsTag(ImageReference reference)
    {
        var tag = reference.Tag!;
        var cut = tag.Length;
        foreach (var marker in WindowsTagMarkers)
        {
            var index = tag.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && index < cut)
            {
                cut = index;
            }
        }

        var linuxTag = tag.Substring(0, cut).TrimEnd('-');
        if (reference.Registry == "mcr.microsoft.com" && reference.Repository == "powershell")
        {
            return "mcr.microsoft.com/powershell:" + (linuxTag.Length == 0 ? "latest" : linuxTag + "-ubuntu-22.04");
        }

        return reference.Name + ":" + (linuxTag.Length == 0 ? "latest" : linuxTag);
    }

    private static bool HasLinuxTagComponent(string tag)
    {
        var start = 0;
        while (start <= tag.Length)
        {
            var end = tag.IndexOf('-', start);
            if (end < 0)
            {
                end = tag.Length;
            }

            var length = end - start;
            if (length > 0 && (IsLinuxComponent(tag, start, length)
                || IsAlpineComponent(tag, start, length)
                || (length >= 10 && string.Compare(tag, start, "azurelinux", 0, 10, StringComparison.OrdinalIgnoreCase) == 0)))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary><c>alpine</c>, <c>alpine3.20</c>: a tag component that names Alpine.</summary>
    private static bool IsAlpineComponent(string tag, int start, int length) =>
        length >= 6 && string.Compare(tag, start, "alpine", 0, 6, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsLinuxComponent(string tag, int start, int length)
    {
        foreach (var component in LinuxTagComponents)
        {
            if (component.Length == length && string.Compare(tag, start, component, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsComponent(string tag, string component)
    {
        var index = tag.IndexOf(component, StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            var end = index + component.Length;
            if ((index == 0 || tag[index - 1] == '-') && (end == tag.Length || tag[end] == '-'))
            {
                return true;
            }

            index = tag.IndexOf(component, index + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary><c>8.0</c>, <c>8.0.11</c>, <c>latest</c>, <c>8.0-preview</c>: no OS named, .NET's Linux multi-platform tags.</summary>
    private static bool IsVersionTag(string tag)
    {
        if (tag == "latest" || tag == "lts" || tag == "sts")
        {
            return true;
        }

        var end = tag.IndexOf('-');
        if (end < 0)
        {
            end = tag.Length;
        }

        for (var i = 0; i < end; i++)
        {
            if (!(char.IsDigit(tag[i]) || tag[i] == '.'))
            {
                return false;
            }
        }

        return end > 0;
    }
}
