using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.SdkContainer;

/// <summary>A runtime identifier the SDK builds a container image for, and the property it came from.</summary>
public sealed class ContainerRid
{
    internal ContainerRid(string value, string? property)
    {
        Value = value;
        Property = property;
    }

    /// <summary><c>linux-x64</c>; for the SDK's default, <c>linux-&lt;arch&gt;</c>.</summary>
    public string Value { get; }

    /// <summary>The property that set it (ContainerRuntimeIdentifier, RuntimeIdentifier, ...), or null for the SDK's default.</summary>
    public string? Property { get; }

    public bool IsDefault => Property == null;

    public ContainerOs Os => IsDefault ? ContainerOs.Linux : TargetOs.FromRuntimeIdentifier(Value) ?? ContainerOs.Unknown;

    public Libc Libc => IsDefault ? Libc.Glibc : TargetOs.LibcOfRuntimeIdentifier(Value);

    /// <summary>"ContainerRuntimeIdentifier 'win-x64'", or the SDK's default.</summary>
    public string Describe() => IsDefault
        ? "no ContainerRuntimeIdentifier or RuntimeIdentifier is set, so the SDK builds for linux-<arch> (its default)"
        : $"{Property} '{Value}'";
}

/// <summary>
/// A project's .NET SDK container publishing (dotnet publish -t:PublishContainer, no Dockerfile), read from its MSBuild
/// properties as Microsoft.NET.Build.Containers.targets reads them: the image is built for ContainerRuntimeIdentifier,
/// else RuntimeIdentifier, else each of ContainerRuntimeIdentifiers, else each of RuntimeIdentifiers, else linux-&lt;arch&gt;;
/// on ContainerBaseImage, else on .NET's image whose tag ends with ContainerFamily. The target OS is TargetOs.Resolve's.
/// </summary>
public sealed class SdkContainerProject
{
    public const string ContainerRuntimeIdentifiers = "ContainerRuntimeIdentifiers";
    public const string RuntimeIdentifiers = "RuntimeIdentifiers";

    /// <summary>The properties read here and by TargetOs.Resolve, for adapters that must pass them on.</summary>
    public static IReadOnlyList<string> Properties { get; } = CreateProperties();

    public SdkContainerProject(Func<string, string?> property)
    {
        Target = TargetOs.Resolve(property);
        BaseImage = Value(property, TargetOs.ContainerBaseImage);
        Family = Value(property, SdkContainerPublishing.ContainerFamily);
        AppRid = Value(property, TargetOs.RuntimeIdentifier);
        ContainerRids = Rids(property);
    }

    public TargetOsDecision Target { get; }

    /// <summary>ContainerBaseImage as set, or null.</summary>
    public string? BaseImage { get; }

    /// <summary>ContainerFamily as set, or null. The SDK ignores it when ContainerBaseImage is set.</summary>
    public string? Family { get; }

    /// <summary>RuntimeIdentifier: the RID the app is published for.</summary>
    public string? AppRid { get; }

    /// <summary>The RIDs the SDK builds images for (one, or several for a multi-architecture image).</summary>
    public IReadOnlyList<ContainerRid> ContainerRids { get; }

    /// <summary>
    /// The image the SDK builds on, as the user chose it: ContainerBaseImage, else ContainerFamily read as a tag of .NET's
    /// images (<c>mcr.microsoft.com/dotnet/runtime:&lt;family&gt;</c>: only the family's words decide, never a version).
    /// </summary>
    public (string Property, string Value, ImageReference? Reference)? ChosenImage =>
        BaseImage != null ? (TargetOs.ContainerBaseImage, BaseImage, ImageReference.Parse(BaseImage))
        : Family != null ? (SdkContainerPublishing.ContainerFamily, Family, ImageReference.Parse("mcr.microsoft.com/dotnet/runtime:" + Family))
        : null;

    /// <summary>The OS of the image the SDK builds: the one its RIDs agree on, else Unknown.</summary>
    public ContainerOs ImageOs
    {
        get
        {
            var os = ContainerOs.Unknown;
            foreach (var rid in ContainerRids)
            {
                if (rid.Os == ContainerOs.Unknown || (os != ContainerOs.Unknown && os != rid.Os))
                {
                    return ContainerOs.Unknown;
                }

                os = rid.Os;
            }

            return os;
        }
    }

    private static IReadOnlyList<ContainerRid> Rids(Func<string, string?> property)
    {
        foreach (var single in new[] { TargetOs.ContainerRuntimeIdentifier, TargetOs.RuntimeIdentifier })
        {
            if (Value(property, single) is { } rid)
            {
                return new[] { new ContainerRid(rid, single) };
            }
        }

        foreach (var list in new[] { ContainerRuntimeIdentifiers, RuntimeIdentifiers })
        {
            if (Value(property, list) is { } rids)
            {
                var result = new List<ContainerRid>();
                foreach (var rid in rids.Split(';'))
                {
                    if (rid.Trim().Length > 0)
                    {
                        result.Add(new ContainerRid(rid.Trim(), list));
                    }
                }

                if (result.Count > 0)
                {
                    return result;
                }
            }
        }

        return new[] { new ContainerRid("linux-<arch>", null) };
    }

    private static string? Value(Func<string, string?> property, string name) =>
        property(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static IReadOnlyList<string> CreateProperties()
    {
        var names = new List<string>(TargetOs.Properties) { ContainerRuntimeIdentifiers, RuntimeIdentifiers };
        return names;
    }
}
