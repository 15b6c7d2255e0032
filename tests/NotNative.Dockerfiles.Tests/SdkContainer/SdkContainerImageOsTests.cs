namespace NotNative.Dockerfiles.Tests.SdkContainer;

/// <summary>NN2001 and NN2002 on ContainerBaseImage and ContainerFamily: the Dockerfile rules' semantics, held to the same target OS.</summary>
public class SdkContainerImageOsTests
{
    [Theory]
    // Issue 15's cases: a Windows base image with a Linux RID; ContainerFamily=nanoserver-ltsc2022 (given with -p:).
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022; RuntimeIdentifier=linux-x64", "NN2001@ContainerBaseImage")]
    [InlineData("ContainerFamily=nanoserver-ltsc2022", "NN2001@ContainerFamily")]
    [InlineData("ContainerFamily=windowsservercore-ltsc2022; DockerDefaultTargetOS=Linux", "NN2001@ContainerFamily")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/framework/aspnet:4.8; ContainerRuntimeIdentifier=linux-x64", "NN2001@ContainerBaseImage")]
    // The reverse: Linux-only images for Windows containers.
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0; ContainerRuntimeIdentifier=win-x64", "NN2002@ContainerBaseImage")]
    [InlineData("ContainerFamily=jammy-chiseled; DockerDefaultTargetOS=Windows; ContainerRuntimeIdentifier=win-x64", "NN2002@ContainerFamily")]
    public void An_image_of_the_other_OS_is_reported_at_its_property(string properties, string expected)
    {
        Assert.Equal(new[] { expected }, SdkContainerLint.Ids(properties));
    }

    [Fact]
    public void The_message_names_the_Linux_equivalent_and_why_the_project_is_Linux()
    {
        var finding = Assert.Single(SdkContainerLint.Run("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022; RuntimeIdentifier=linux-x64"));
        Assert.Contains("(RuntimeIdentifier=linux-x64)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Use the Linux image 'mcr.microsoft.com/dotnet/aspnet:8.0'.", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    // The fixed twins.
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0; RuntimeIdentifier=linux-x64")]
    [InlineData("ContainerFamily=jammy-chiseled")]
    [InlineData("ContainerFamily=nanoserver-ltsc2022; ContainerRuntimeIdentifier=win-x64")]
    // ContainerBaseImage wins over ContainerFamily, as in the SDK.
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0; ContainerFamily=nanoserver-ltsc2022; RuntimeIdentifier=linux-x64")]
    // Images whose OS the name does not tell, and values from other properties.
    [InlineData("ContainerBaseImage=golang:1.22; RuntimeIdentifier=linux-x64")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:$(ContainerVersion)")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/runtime@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("ContainerFamily=foo; DockerDefaultTargetOS=Windows; ContainerRuntimeIdentifier=win-x64")]
    public void Near_misses_are_clean(string properties)
    {
        Assert.Empty(SdkContainerLint.Run(properties));
    }

    [Theory]
    // /work/corpus (22 repositories, 241 project files): the one place that sets a Container* property, dotnet-docker's
    // samples/aspnetapp/README.md (on the command line), and the four samples that set EnableSdkContainerSupport=true.
    [InlineData("PublishProfile=DefaultContainer; ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled; ContainerRegistry=docker.io; ContainerRepository=youraccount/aspnetapp")]
    [InlineData("EnableSdkContainerSupport=true")]
    public void Corpus_projects_are_clean_even_when_PublishContainer_runs(string properties)
    {
        Assert.Empty(SdkContainerLint.Run(properties));
        Assert.Empty(SdkContainerLint.Run(properties, publishing: true));
    }
}
