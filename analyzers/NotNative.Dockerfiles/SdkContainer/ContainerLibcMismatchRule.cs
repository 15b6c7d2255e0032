using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.SdkContainer;

/// <summary>
/// NN2018: an Alpine (musl) ContainerBaseImage or ContainerFamily with a glibc runtime identifier (linux-x64), or a musl
/// runtime identifier (linux-musl-x64) with a glibc image. Only RIDs the user set: with none, the SDK picks the image itself.
/// </summary>
internal static class ContainerLibcMismatchRule
{
    public static IEnumerable<SdkContainerFinding> Analyze(SdkContainerProject project)
    {
        if (project.ChosenImage is not { } chosen || ImageCatalogue.LibcOf(chosen.Reference) is var imageLibc && imageLibc == Libc.Unknown)
        {
            yield break;
        }

        foreach (var rid in project.ContainerRids)
        {
            if (rid.IsDefault || rid.Libc == Libc.Unknown || rid.Libc == imageLibc)
            {
                continue;
            }

            var image = $"{chosen.Property} '{chosen.Value}'";
            var suggested = TargetOs.RuntimeIdentifierFor(rid.Value, ContainerOs.Linux, imageLibc);
            var message = imageLibc == Libc.Musl
                ? $"{image} is an Alpine image, whose C library is musl, but {rid.Describe()} builds a glibc app. The image builds; the app does not start: " +
                  $"its app host fails with 'no such file or directory' (Alpine has no glibc loader), and native libraries for {rid.Value} do not load. Use '{suggested}'."
                : $"{rid.Describe()} builds for musl (Alpine), but {image} is a glibc image. The image builds; the app does not start: " +
                  $"its app host fails with 'no such file or directory' (the image has no musl loader), and native libraries for {rid.Value} do not load. " +
                  $"Use '{suggested}', or an Alpine image ({(chosen.Property == SdkContainerPublishing.ContainerFamily ? "ContainerFamily=alpine" : "an -alpine tag")}).";
            yield return new SdkContainerFinding(RuleCatalogue.ContainerLibcMismatch, rid.Property!, rid.Value, message);
        }
    }
}
