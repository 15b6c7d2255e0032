using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Compose;

public class NN4003ServiceImageOfOtherOsTests
{
    private static ComposeAnalysisOptions Linux(Func<string, string?>? readFile = null) =>
        new() { TargetOs = ContainerOs.Linux, TargetOsSource = "DockerDefaultTargetOS", ReadFile = readFile };

    [Fact]
    public void A_Windows_image_in_a_compose_file_for_Linux_is_reported_with_the_Linux_image()
    {
        var compose = "services:\n  api:\n    image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\n  db:\n    image: postgres:16\n";
        var diagnostic = Assert.Single(ComposeLint.Run(compose, Linux()));
        Assert.Equal("NN4003", diagnostic.Id);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", ComposeLint.At(compose, diagnostic));
        Assert.Equal("3,12", ComposeLint.Position(compose, diagnostic));
        Assert.Contains("Use the Linux image 'mcr.microsoft.com/dotnet/aspnet:8.0'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("(DockerDefaultTargetOS)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Linux_image_in_a_compose_file_for_Windows_is_reported()
    {
        var compose = "services:\n  web:\n    image: mcr.microsoft.com/windows/servercore/iis\n  cache:\n    image: redis:7-alpine\n";
        var diagnostic = Assert.Single(ComposeLint.Run(compose, ComposeLint.Windows));
        Assert.Equal("redis:7-alpine", ComposeLint.At(compose, diagnostic));
    }

    [Fact]
    public void A_build_whose_Dockerfile_is_Windows_is_reported_on_its_dockerfile()
    {
        var compose = "services:\n  api:\n    image: shop/api\n    build:\n      context: ./src/Api\n      dockerfile: Dockerfile.windows\n";
        var files = new Dictionary<string, string> { ["./src/Api/Dockerfile.windows"] = "FROM mcr.microsoft.com/dotnet/aspnet:8.0-windowsservercore-ltsc2022\n" };
        var diagnostic = Assert.Single(ComposeLint.Run(compose, Linux(path => files.GetValueOrDefault(path))));
        Assert.Equal("Dockerfile.windows", ComposeLint.At(compose, diagnostic));
        Assert.Contains("builds 'Dockerfile.windows', a Windows Dockerfile", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    // awesome-compose and testcontainers-dotnet images, variables, unknown images, an image a build names.
    [InlineData("    image: mysql:8.0.19\n")]
    [InlineData("    image: ${REGISTRY:-docker.io}/shop/api:${TAG:-latest}\n")]
    [InlineData("    image: gitea/gitea:latest\n")]
    [InlineData("    image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\n    build: .\n")]
    [InlineData("    build:\n      context: .\n")]
    public void Linux_images_unknown_images_and_unreadable_builds_are_clean(string keys)
    {
        var compose = "services:\n  api:\n" + keys;
        Assert.Empty(ComposeLint.Only("NN4003", compose, Linux(_ => null)));
    }

    [Fact]
    public void A_file_not_held_to_a_target_OS_is_checked_against_the_OS_its_images_agree_on()
    {
        var windowsOnly = "services:\n  web:\n    image: mcr.microsoft.com/windows/servercore/iis\n  api:\n    image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\n";
        Assert.Empty(ComposeLint.Run(windowsOnly, new ComposeAnalysisOptions { IsHeldToTargetOs = false }));

        var mixed = windowsOnly + "  db:\n    image: postgres:16\n";
        Assert.Equal(2, ComposeLint.Only("NN4003", mixed, new ComposeAnalysisOptions { IsHeldToTargetOs = false }).Count);
    }
}
