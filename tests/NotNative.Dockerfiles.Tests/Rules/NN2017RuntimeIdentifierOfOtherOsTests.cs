using NotNative.Dockerfiles.Tests.SdkContainer;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>NN2017: a runtime identifier the SDK builds the container for, of another OS than the project's containers.</summary>
public class NN2017RuntimeIdentifierOfOtherOsTests
{
    [Theory]
    // Issue 15's held-out case: ContainerRuntimeIdentifier=win-x64 with DockerDefaultTargetOS=Linux.
    [InlineData("ContainerRuntimeIdentifier=win-x64; DockerDefaultTargetOS=Linux", "NN2017@ContainerRuntimeIdentifier")]
    [InlineData("ContainerRuntimeIdentifier=linux-arm64; NotNativeTargetOS=windows; ContainerRepository=app", "NN2017@ContainerRuntimeIdentifier")]
    // The app's RID under a container RID of the other OS.
    [InlineData("ContainerRuntimeIdentifier=linux-x64; RuntimeIdentifier=win-x64", "NN2017@RuntimeIdentifier")]
    // No RID: the SDK builds for linux-<arch>, under a Windows base image that made the target Windows.
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", "NN2017@ContainerBaseImage")]
    [InlineData("DockerDefaultTargetOS=Windows; ContainerRepository=app", "NN2017@DockerDefaultTargetOS")]
    // Multi-architecture lists: each RID.
    [InlineData("DockerDefaultTargetOS=Linux; ContainerRepository=app; ContainerRuntimeIdentifiers=linux-x64;win-x64", "NN2017@ContainerRuntimeIdentifiers")]
    public void A_RID_of_the_other_OS_is_reported_at_its_property(string properties, string expected)
    {
        Assert.Equal(new[] { expected }, SdkContainerLint.Ids(properties));
        Assert.Matches("Use '|Set ContainerRuntimeIdentifier=win-x64", SdkContainerLint.Run(properties)[0].Message);
    }

    [Theory]
    // The fixed twins.
    [InlineData("ContainerRuntimeIdentifier=linux-x64; DockerDefaultTargetOS=Linux")]
    [InlineData("ContainerRuntimeIdentifier=win-x64; DockerDefaultTargetOS=Windows; ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022; ContainerRuntimeIdentifier=win-x64")]
    [InlineData("ContainerRepository=app")] // the SDK's default RID and image: Linux
    // Real projects (learn.microsoft.com samples, blog posts): a Linux RID, Linux images.
    [InlineData("RuntimeIdentifiers=linux-x64; ContainerRuntimeIdentifier=linux-x64; EnableSdkContainerDebugging=True; ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:9.0")]
    [InlineData("ContainerRegistry=vehixcareacr.azurecr.io; ContainerRepository=vehixcare-api; ContainerImageTags=latest;1.0.0; ContainerRuntimeIdentifier=linux-x64")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/runtime:8.0; ContainerRuntimeIdentifier=linux-x64; LocalRegistry=Docker")]
    [InlineData("ContainerRuntimeIdentifier=linux-arm64")]
    // osx-arm64 tells no container OS.
    [InlineData("ContainerRuntimeIdentifier=osx-arm64; DockerDefaultTargetOS=Linux")]
    public void Near_misses_are_clean(string properties)
    {
        Assert.Empty(SdkContainerLint.Run(properties));
    }

    [Theory]
    // Not SDK container publishing: a VS Dockerfile project with a restore RID list, EnableSdkContainerSupport of every executable.
    [InlineData("DockerDefaultTargetOS=Linux; RuntimeIdentifiers=win-x64;linux-x64")]
    [InlineData("DockerDefaultTargetOS=Linux; RuntimeIdentifier=win-x64; EnableSdkContainerSupport=true")]
    public void Projects_that_do_not_publish_with_the_SDK_are_not_checked_unless_PublishContainer_runs(string properties)
    {
        Assert.Empty(SdkContainerLint.Run(properties));
        Assert.Equal("NN2017", Assert.Single(SdkContainerLint.Run(properties, publishing: true)).Id);
    }
}
