using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>Issue 9, item 13: Windows images that real Dockerfiles use and the catalogue missed.</summary>
public class WindowsImageNameTests
{
    [Theory]
    [InlineData("microsoft/mssql-server-windows-express:2017-latest")]
    [InlineData("microsoft/mssql-server-windows-developer")]
    [InlineData("microsoft/windowsservercore-insider:10.0.17074.1000")]
    [InlineData("microsoft/nanoserver-insider")]
    [InlineData("microsoft/dotnet-framework-build:4.7.1")]
    [InlineData("mcr.microsoft.com/windowsservercore-insider:10.0.20348.1")]
    [InlineData("mcr.microsoft.com/nanoserver-insider:10.0.17763.55")]
    public void Old_and_insider_Windows_names_are_Windows(string image)
    {
        Assert.Equal(ContainerOs.Windows, ImageCatalogue.Classify(ImageReference.Parse(image))?.Os);
        var diagnostic = Assert.Single(Lint.Run($"FROM {image}\n"));
        Assert.Equal("NN2001", diagnostic.Id);
    }

    [Theory]
    [InlineData("microsoft/dotnet:8.0")] // a shared name: the tag decides, and it says nothing
    [InlineData("mcr.microsoft.com/mssql/server:2022-latest")]
    [InlineData("myorg/windows-tools-builder:1")] // only Microsoft's names say Windows
    public void Names_that_do_not_say_Windows_are_not_Windows(string image)
    {
        Assert.NotEqual(ContainerOs.Windows, ImageCatalogue.Classify(ImageReference.Parse(image))?.Os ?? ContainerOs.Unknown);
    }

    [Theory]
    [InlineData("ARG SERVERCORE_VERSION\nFROM mcr.microsoft.com/windows/servercore:${SERVERCORE_VERSION}\n", "mcr.microsoft.com/windows/servercore:${SERVERCORE_VERSION}")]
    [InlineData("ARG NANOSERVER_VERSION\nFROM mcr.microsoft.com/windows/nanoserver@${NANOSERVER_VERSION}\n", "mcr.microsoft.com/windows/nanoserver@${NANOSERVER_VERSION}")]
    [InlineData("ARG REGISTRY=mcr.microsoft.com\nARG TAG\nFROM $REGISTRY/windows/servercore:$TAG AS installer\n", "$REGISTRY/windows/servercore:$TAG")]
    [InlineData("ARG TAG\nFROM mcr.microsoft.com/dotnet/framework/sdk:${TAG}\n", "mcr.microsoft.com/dotnet/framework/sdk:${TAG}")]
    public void A_Windows_repository_with_its_tag_or_digest_from_an_ARG_is_Windows(string dockerfile, string image)
    {
        var diagnostic = Assert.Single(Lint.Run(dockerfile));
        Assert.Equal("NN2001", diagnostic.Id);
        Assert.Equal(image, Lint.At(dockerfile, diagnostic));
        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    [InlineData("ARG TAG\nFROM mcr.microsoft.com/dotnet/aspnet:${TAG}\nWORKDIR /app\n")] // the tag may be nanoserver or Linux
    [InlineData("ARG IMAGE\nFROM ${IMAGE}\n")]
    [InlineData("ARG REPO\nFROM ${REPO}/windows/servercore:ltsc2022\n")] // the registry is unknown
    [InlineData("ARG VARIANT\nFROM python:3.12-${VARIANT}\n")]
    public void A_reference_whose_variable_part_decides_stays_unknown(string dockerfile)
    {
        Assert.Empty(Lint.Run(dockerfile, ContainerOs.Linux));
        Assert.Empty(Lint.Run(dockerfile, ContainerOs.Windows));
    }

    [Fact]
    public void A_Linux_only_repository_with_its_tag_from_an_ARG_is_Linux()
    {
        Assert.Equal("NN2002", Assert.Single(Lint.Run("ARG NGINX_VERSION\nFROM nginx:${NGINX_VERSION}\n", ContainerOs.Windows)).Id);
    }

    [Theory]
    [InlineData("mcr.microsoft.com/windows/servercore:${V}", "mcr.microsoft.com", "windows/servercore")]
    [InlineData("mcr.microsoft.com/windows/nanoserver@${V}", "mcr.microsoft.com", "windows/nanoserver")]
    [InlineData("localhost:5000/app:$V", "localhost:5000", "app")]
    public void A_reference_with_a_variable_tag_keeps_its_repository(string text, string registry, string repository)
    {
        var reference = ImageReference.Parse(text)!;
        Assert.Equal(registry, reference.Registry);
        Assert.Equal(repository, reference.Repository);
        Assert.True(reference.VersionUnresolved);
        Assert.Null(reference.Tag);
    }

    [Theory]
    [InlineData("${REGISTRY}/app:1")]
    [InlineData("mcr.microsoft.com/$REPO:1")]
    [InlineData("$IMAGE")]
    public void A_reference_with_a_variable_name_is_not_parsed(string text)
    {
        Assert.Null(ImageReference.Parse(text));
    }
}
