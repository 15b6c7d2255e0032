using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>Every catalogue entry classifies its own example; shared tags stay unknown.</summary>
public class ImageCatalogueTests
{
    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var family in ImageCatalogue.Families)
        {
            data.Add(family.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_entry_classifies_its_example(string id)
    {
        var family = ImageCatalogue.Families.Single(f => f.Id == id);
        var classified = ImageCatalogue.Classify(ImageReference.Parse(family.Example));
        Assert.NotNull(classified);
        Assert.Equal(family.Os, classified!.Os);
    }

    [Theory]
    [InlineData("golang:1.22")]
    [InlineData("python:3.12")]
    [InlineData("mcr.microsoft.com/powershell:latest")]
    [InlineData("myregistry.example.com/team/app:2.3")]
    [InlineData("openjdk:21")]
    public void Shared_or_private_tags_are_unknown(string image)
    {
        Assert.Null(ImageCatalogue.Classify(ImageReference.Parse(image)));
    }

    /// <summary>Reduced from dotnet-docker's runtime-deps (FROM amd64/alpine:3.23) and docker-library's FROM scratch stages.</summary>
    [Theory]
    [InlineData("amd64/alpine:3.23", ContainerOs.Linux)]
    [InlineData("arm32v7/alpine:3.23", ContainerOs.Linux)]
    [InlineData("arm64v8/ubuntu:24.04", ContainerOs.Linux)]
    [InlineData("buildpack-deps:bookworm-scm", ContainerOs.Linux)]
    [InlineData("scratch", ContainerOs.Linux)]
    [InlineData("winamd64/golang:1.22", ContainerOs.Windows)]
    [InlineData("arm64v8/golang:1.22", null)] // golang has Windows variants: the tag decides
    public void Architecture_namespaces_and_OS_only_images(string image, ContainerOs? os)
    {
        Assert.Equal(os, ImageCatalogue.Classify(ImageReference.Parse(image))?.Os);
    }

    [Theory]
    [InlineData("docker.io/library/ubuntu:24.04", "docker.io", "ubuntu", "24.04")]
    [InlineData("localhost:5000/app:1", "localhost:5000", "app", "1")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0@sha256:abc", "mcr.microsoft.com", "dotnet/aspnet", "8.0")]
    public void References_are_split_like_the_docker_CLI(string text, string registry, string repository, string tag)
    {
        var reference = ImageReference.Parse(text)!;
        Assert.Equal(registry, reference.Registry);
        Assert.Equal(repository, reference.Repository);
        Assert.Equal(tag, reference.Tag);
    }
}
