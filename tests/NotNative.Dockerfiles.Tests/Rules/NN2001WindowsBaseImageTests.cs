using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2001WindowsBaseImageTests
{
    [Theory]
    [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022")]
    [InlineData("mcr.microsoft.com/windows/nanoserver:1809")]
    [InlineData("mcr.microsoft.com/windows/server:ltsc2025")]
    [InlineData("mcr.microsoft.com/windows:1809")]
    [InlineData("microsoft/windowsservercore")]
    [InlineData("microsoft/nanoserver:latest")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022")]
    [InlineData("mcr.microsoft.com/dotnet/sdk:9.0-windowsservercore-ltsc2022")]
    [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-1809")]
    [InlineData("mcr.microsoft.com/dotnet/framework/aspnet:4.8")]
    [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8.1-windowsservercore-ltsc2022")]
    [InlineData("mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022")]
    [InlineData("golang:1.22-windowsservercore-ltsc2022")]
    [InlineData("python:3.12-windowsservercore")]
    [InlineData("mongo:7.0-nanoserver")]
    [InlineData("eclipse-temurin:21-nanoserver")]
    public void Windows_image_shapes_are_reported_for_a_Linux_target(string image)
    {
        var dockerfile = $"FROM {image}\nRUN echo hi\n";
        var diagnostic = Assert.Single(Lint.Only("NN2001", dockerfile));
        Assert.Equal(image, Lint.At(dockerfile, diagnostic));
    }

    [Fact]
    public void Windows_image_behind_an_ARG_default_is_reported()
    {
        var dockerfile = "ARG REPO=mcr.microsoft.com/dotnet/aspnet\nARG TAG=8.0-nanoserver-ltsc2022\nFROM $REPO:${TAG}\n";
        var diagnostic = Assert.Single(Lint.Only("NN2001", dockerfile));
        Assert.Null(diagnostic.Fix); // the text is indirect: no mechanical swap
        Assert.Contains("mcr.microsoft.com/dotnet/aspnet:8.0", diagnostic.Message);
    }

    [Fact]
    public void Windows_platform_flag_is_reported()
    {
        Assert.Single(Lint.Only("NN2001", "FROM --platform=windows/amd64 golang:1.22\n"));
    }

    [Fact]
    public void Fix_swaps_to_the_Linux_tag()
    {
        var dockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022 AS base\r\nWORKDIR /app\r\n";
        var diagnostic = Assert.Single(Lint.Only("NN2001", dockerfile));
        Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\r\nWORKDIR /app\r\n", Lint.Fixed(dockerfile, diagnostic));
    }

    [Fact]
    public void Dotnet_framework_says_there_is_no_Linux_equivalent()
    {
        var diagnostic = Assert.Single(Lint.Only("NN2001", "FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\n"));
        Assert.Null(diagnostic.Fix);
        Assert.Contains("port the app to .NET", diagnostic.Message);
    }

    [Theory]
    [InlineData("FROM golang:1.22\n")] // shared multi-OS tag: unknown, never a guess
    [InlineData("FROM mycompany.azurecr.io/base:1.0\n")]
    [InlineData("ARG BASE\nFROM $BASE\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\n")]
    [InlineData("FROM build\n")]
    public void Unknown_or_Linux_images_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2001", dockerfile));
    }

    [Fact]
    public void Windows_image_is_fine_when_the_target_is_Windows()
    {
        Assert.Empty(Lint.Only("NN2001", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n", ContainerOs.Windows));
    }

    [Fact]
    public void A_stage_built_on_a_Windows_stage_is_reported_once_at_the_origin()
    {
        var dockerfile = "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nFROM base AS final\n";
        Assert.Single(Lint.Only("NN2001", dockerfile));
    }

    [Fact]
    public void File_level_target_os_comment_overrides_the_project()
    {
        var dockerfile = "# notnative target-os=windows\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n";
        Assert.Empty(Lint.Only("NN2001", dockerfile));
    }
}
