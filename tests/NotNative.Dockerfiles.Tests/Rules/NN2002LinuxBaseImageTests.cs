using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2002LinuxBaseImageTests
{
    [Theory]
    [InlineData("alpine:3.20")]
    [InlineData("ubuntu:24.04")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-alpine")]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled")]
    [InlineData("node:20")]
    [InlineData("gcr.io/distroless/static-debian12")]
    public void Linux_only_images_are_reported_for_a_Windows_target(string image)
    {
        var dockerfile = $"FROM {image}\n";
        var diagnostic = Assert.Single(Lint.Only("NN2002", dockerfile, ContainerOs.Windows));
        Assert.Equal(image, Lint.At(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("FROM golang:1.22\n")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n")]
    [InlineData("FROM python:3.12\n")]
    public void Shared_and_Windows_images_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2002", dockerfile, ContainerOs.Windows));
    }

    [Fact]
    public void Linux_images_are_fine_when_the_target_is_Linux()
    {
        Assert.Empty(Lint.Only("NN2002", "FROM alpine:3.20\n"));
    }
}
