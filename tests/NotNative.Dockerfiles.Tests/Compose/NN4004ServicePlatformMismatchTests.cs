using NotNative.Dockerfiles.Compose;

namespace NotNative.Dockerfiles.Tests.Compose;

public class NN4004ServicePlatformMismatchTests
{
    [Theory]
    [InlineData("linux/arm64")]
    [InlineData("arm64")]
    public void A_platform_pinned_to_another_architecture_than_the_target_is_reported(string target)
    {
        var compose = "services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    platform: linux/amd64\n";
        var diagnostic = Assert.Single(ComposeLint.Run(compose, new ComposeAnalysisOptions { TargetPlatform = target }));
        Assert.Equal("NN4004", diagnostic.Id);
        Assert.Equal("linux/amd64", ComposeLint.At(compose, diagnostic));
        Assert.Contains("the project builds for arm64", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    platform: linux/amd64\n", "linux/amd64")]
    [InlineData("    platform: linux/x86_64\n", "linux/amd64")]
    [InlineData("    platform: ${PLATFORM}\n", "linux/arm64")]
    [InlineData("    platform: linux/amd64\n", null)]
    [InlineData("    image: alpine\n", "linux/arm64")]
    public void The_same_architecture_variables_and_no_target_are_clean(string keys, string? target)
    {
        Assert.Empty(ComposeLint.Run("services:\n  db:\n" + keys, new ComposeAnalysisOptions { TargetPlatform = target }));
    }
}
