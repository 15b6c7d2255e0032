using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.SdkContainer;

/// <summary>
/// NN2017: a runtime identifier the SDK builds the container (or the app in it) for is of another OS than the project's
/// containers: ContainerRuntimeIdentifier=win-x64 with DockerDefaultTargetOS=Linux, RuntimeIdentifier=win-x64 under a
/// linux-x64 ContainerRuntimeIdentifier, or no RID at all (the SDK's default is linux-&lt;arch&gt;) under a Windows base image.
/// </summary>
internal static class RuntimeIdentifierOfOtherOsRule
{
    public static IEnumerable<SdkContainerFinding> Analyze(SdkContainerProject project)
    {
        var target = project.Target;
        if (target.Os == ContainerOs.Unknown)
        {
            yield break;
        }

        var rids = new List<ContainerRid>(project.ContainerRids);
        if (project.AppRid != null && rids[0].Property != TargetOs.RuntimeIdentifier)
        {
            // ContainerRuntimeIdentifier picks the image; RuntimeIdentifier still picks the app's build.
            rids.Add(new ContainerRid(project.AppRid, TargetOs.RuntimeIdentifier));
        }

        foreach (var rid in rids)
        {
            if (rid.Os == ContainerOs.Unknown || rid.Os == target.Os)
            {
                continue;
            }

            var suggested = TargetOs.RuntimeIdentifierFor(rid.Value, target.Os);
            if (rid.IsDefault)
            {
                // Only a Windows target differs from the default Linux RID; it was decided by a property the user wrote.
                yield return new SdkContainerFinding(RuleCatalogue.RuntimeIdentifierOfOtherOs, target.Source, null,
                    $"No ContainerRuntimeIdentifier or RuntimeIdentifier is set, so dotnet publish -t:PublishContainer builds for linux-<arch> (the SDK's default), " +
                    $"but this project's containers are Windows ({target.Reason}). The publish fails late, after downloading the base image's manifest, " +
                    "when the image has no Linux variant, or makes a Linux image a Windows engine cannot run. " +
                    "Set ContainerRuntimeIdentifier=win-x64 (win-arm64), or target Linux with a Linux base image.");
                continue;
            }

            yield return new SdkContainerFinding(RuleCatalogue.RuntimeIdentifierOfOtherOs, rid.Property!, rid.Value,
                $"{rid.Describe()} builds for {Name(rid.Os)}, but this project's containers are {Name(target.Os)} ({target.Reason}). " +
                $"dotnet publish -t:PublishContainer looks for a {Name(rid.Os)} variant of the base image and fails late, after downloading its manifest; " +
                $"where one exists, the image cannot run on the {Name(target.Os)} engine the project is meant for, and a {Name(rid.Os)} app host and native libraries do not run in a {Name(target.Os)} container. " +
                $"Use '{suggested}', or, if the containers are meant to be {Name(rid.Os)}, say so (DockerDefaultTargetOS={Name(rid.Os)}) and use a {Name(rid.Os)} base image.");
        }
    }

    private static string Name(ContainerOs os) => os == ContainerOs.Windows ? "Windows" : "Linux";
}
