using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.SdkContainer;

/// <summary>
/// NN2001 and NN2002 for SDK container publishing: ContainerBaseImage (or ContainerFamily) is a Windows image while the
/// project's containers are Linux, or a Linux-only one while they are Windows. The same rules as a Dockerfile's FROM:
/// an image held to the project's target OS, with the image catalogue's verdict and equivalent.
/// </summary>
internal static class ContainerImageOfOtherOsRule
{
    public static IEnumerable<SdkContainerFinding> Analyze(SdkContainerProject project)
    {
        if (project.ChosenImage is not { } chosen || ImageCatalogue.Classify(chosen.Reference) is not { } family)
        {
            yield break;
        }

        var isFamily = chosen.Property == SdkContainerPublishing.ContainerFamily;
        var what = isFamily
            ? $"ContainerFamily '{chosen.Value}' picks a Windows image of .NET, mcr.microsoft.com/dotnet/runtime (or aspnet):<version>-{chosen.Value}"
            : $"ContainerBaseImage '{chosen.Value}' is a Windows image";
        var target = project.Target;
        if (family.Os == ContainerOs.Windows && target.Os == ContainerOs.Linux)
        {
            var equivalent = isFamily ? null : family.Equivalent(chosen.Reference!);
            var fix = isFamily
                ? "Remove ContainerFamily (the SDK's default image is Linux) or name a Linux family (jammy-chiseled, noble, alpine with a linux-musl RID)."
                : equivalent != null
                    ? $"Use the Linux image '{equivalent}'."
                    : $"There is no Linux equivalent: {family.NoEquivalentReason ?? "pick a Linux image"}.";
            yield return new SdkContainerFinding(RuleCatalogue.WindowsBaseImageForLinuxTarget, chosen.Property, chosen.Value,
                $"{what} ({family.Reason}), but this project's containers are Linux ({target.Reason}). " +
                "dotnet publish -t:PublishContainer fails late, after downloading the image's manifest, because it has no Linux variant; " +
                "a Linux engine (Docker Desktop's default, Linux hosts, CI runners) cannot run it. " + fix +
                " To ship a Windows container instead, use a win-* runtime identifier (ContainerRuntimeIdentifier=win-x64) and target Windows.");
        }
        else if (family.Os == ContainerOs.Linux && target.Os == ContainerOs.Windows)
        {
            var linux = isFamily ? $"ContainerFamily '{chosen.Value}' picks a Linux image of .NET, mcr.microsoft.com/dotnet/runtime (or aspnet):<version>-{chosen.Value}" : $"ContainerBaseImage '{chosen.Value}' is Linux-only";
            yield return new SdkContainerFinding(RuleCatalogue.LinuxBaseImageForWindowsTarget, chosen.Property, chosen.Value,
                $"{linux} ({family.Reason}), but this project's containers are Windows ({target.Reason}). " +
                "dotnet publish -t:PublishContainer fails late, after downloading the image's manifest, because it has no Windows variant; " +
                "a Windows engine fails with 'image operating system \"linux\" cannot be used on this platform'. " +
                (isFamily ? "Use a Windows family (nanoserver-ltsc2022)" : "Use a Windows image (for .NET, 'mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022')") +
                ", or target Linux (a linux-* runtime identifier, DockerDefaultTargetOS=Linux).");
        }
    }
}
