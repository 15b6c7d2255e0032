using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Tests.SdkContainer;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>NN2018: an Alpine (musl) image with a glibc RID, or a musl RID with a glibc image.</summary>
public class NN2018ContainerLibcMismatchTests
{
    [Theory]
    // Issue 15's held-out case: an Alpine base with linux-x64.
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-alpine; RuntimeIdentifier=linux-x64", "NN2018@RuntimeIdentifier", "linux-musl-x64")]
    [InlineData("ContainerFamily=alpine; ContainerRuntimeIdentifier=linux-arm64", "NN2018@ContainerRuntimeIdentifier", "linux-musl-arm64")]
    [InlineData("ContainerBaseImage=alpine:3.20; ContainerRuntimeIdentifiers=linux-musl-x64;linux-arm64", "NN2018@ContainerRuntimeIdentifiers", "linux-musl-arm64")]
    // The reverse: a musl RID on glibc images.
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0; RuntimeIdentifier=linux-musl-x64", "NN2018@RuntimeIdentifier", "linux-x64")]
    [InlineData("ContainerFamily=jammy-chiseled; RuntimeIdentifier=linux-musl-arm64", "NN2018@RuntimeIdentifier", "linux-arm64")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled; ContainerRuntimeIdentifier=linux-musl-x64", "NN2018@ContainerRuntimeIdentifier", "linux-x64")]
    public void Libc_mismatches_are_reported_at_the_RID_with_the_RID_to_use(string properties, string expected, string suggested)
    {
        var finding = Assert.Single(SdkContainerLint.Run(properties));
        Assert.Equal(expected, finding.Id + "@" + finding.Property);
        Assert.Contains($"Use '{suggested}'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    // The fixed twins.
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0-alpine; RuntimeIdentifier=linux-musl-x64")]
    [InlineData("ContainerFamily=alpine; ContainerRuntimeIdentifier=linux-musl-arm64")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:8.0; RuntimeIdentifier=linux-x64")]
    [InlineData("ContainerFamily=jammy-chiseled")]
    // No RID: the SDK picks the image (and for a musl RID without a base image, the -alpine one itself).
    [InlineData("ContainerFamily=alpine")]
    [InlineData("ContainerRepository=app; RuntimeIdentifier=linux-musl-x64")]
    // Real projects: chiseled and distroless families, shared tags whose libc the name does not tell.
    [InlineData("ContainerFamily=noble-chiseled-extra; RuntimeIdentifier=linux-x64")]
    [InlineData("ContainerFamily=jammy-chiseled-extra; PublishSelfContained=true; ContainerRepository=hello-chiseled-trimmed")]
    [InlineData("ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled; ContainerRegistry=docker.io; ContainerRepository=youraccount/aspnetapp")]
    [InlineData("ContainerFamily=azurelinux3.0-distroless; RuntimeIdentifier=linux-x64")]
    [InlineData("ContainerBaseImage=gcr.io/distroless/static-debian12; RuntimeIdentifier=linux-musl-x64")]
    [InlineData("ContainerBaseImage=myregistry.azurecr.io/base/dotnet:8; RuntimeIdentifier=linux-musl-x64")]
    public void Near_misses_are_clean(string properties)
    {
        Assert.Empty(SdkContainerLint.Run(properties));
    }

    [Theory]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-alpine3.20-amd64", Libc.Musl)]
    [InlineData("node:20-alpine", Libc.Musl)]
    [InlineData("alpine", Libc.Musl)]
    [InlineData("mcr.microsoft.com/dotnet/runtime:8.0", Libc.Glibc)]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:8.0-bookworm-slim", Libc.Glibc)]
    [InlineData("ubuntu:24.04", Libc.Glibc)]
    [InlineData("mcr.microsoft.com/azurelinux/base/core:3.0", Libc.Glibc)]
    [InlineData("golang:1.22", Libc.Unknown)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", Libc.Unknown)]
    public void The_image_catalogue_tells_the_libc_its_reference_names(string image, Libc expected)
    {
        Assert.Equal(expected, ImageCatalogue.LibcOf(ImageReference.Parse(image)));
    }
}
