namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2010ConstantPlatformTests
{
    [Fact]
    public void Constant_architecture_is_reported()
    {
        var dockerfile = "FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/sdk:8.0\n";
        var diagnostic = Assert.Single(Lint.Only("NN2010", dockerfile));
        Assert.Equal("--platform=linux/amd64", Lint.At(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0\n")]
    [InlineData("FROM --platform=${TARGETPLATFORM} alpine\n")]
    [InlineData("FROM alpine\n")]
    // Reduced from testcontainers-dotnet's image-pull fixture: stages pinned to several architectures on purpose.
    [InlineData("FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0\nFROM --platform=\"linux/arm/v6\" mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0\n")]
    public void Variable_or_no_platform_is_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2010", dockerfile));
    }
}
