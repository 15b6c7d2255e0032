using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>The one reading of architecture spellings: platforms, kernel names, .NET runtime identifiers.</summary>
public class ArchitecturesTests
{
    [Theory]
    [InlineData("linux/amd64", "amd64")]
    [InlineData("linux/arm64", "arm64")]
    [InlineData("linux/arm64/v8", "arm64")]
    [InlineData(" Linux/AMD64 ", "amd64")]
    [InlineData("amd64", "amd64")]
    [InlineData("x86_64", "amd64")]
    [InlineData("x64", "amd64")]
    [InlineData("arm64", "arm64")]
    [InlineData("aarch64", "arm64")]
    [InlineData("linux-x64", "amd64")]
    [InlineData("linux-musl-arm64", "arm64")]
    [InlineData("linux/arm/v7", "arm")]
    public void Target_platforms_are_read_in_every_spelling(string value, string architecture)
    {
        Assert.Equal(architecture, Architectures.OfTargetPlatform(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("linux")]
    [InlineData("linux/")]
    [InlineData("darwin/arm64")]
    [InlineData("linux/amd64/v3/extra")]
    [InlineData("sparc")]
    [InlineData("linux-")]
    [InlineData("osx-x64")]
    [InlineData("$TARGETPLATFORM")]
    public void Values_that_name_no_architecture_are_refused(string value)
    {
        Assert.Null(Architectures.OfTargetPlatform(value));
    }

    [Theory]
    [InlineData("linux-x64", "amd64")]
    [InlineData("linux-arm64", "arm64")]
    [InlineData("linux-musl-x64", "amd64")]
    [InlineData("linux-musl-arm64", "arm64")]
    [InlineData("linux-arm", "arm")]
    [InlineData(" linux-x64 ", "amd64")]
    [InlineData("linux", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Runtime_identifiers_name_their_architecture(string? rid, string? architecture)
    {
        Assert.Equal(architecture, Architectures.OfRuntimeIdentifier(rid));
    }
}
