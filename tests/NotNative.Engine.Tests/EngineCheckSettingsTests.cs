using NotNative.Engine.Engine;

namespace NotNative.Engine.Tests;

/// <summary>The one reading of the engine check's mode and timeout that the tasks and the CLI share.</summary>
public class EngineCheckSettingsTests
{
    [Theory]
    [InlineData(null, EngineCheckMode.Auto)]
    [InlineData("", EngineCheckMode.Auto)]
    [InlineData(" ", EngineCheckMode.Auto)]
    [InlineData("auto", EngineCheckMode.Auto)]
    [InlineData("Required", EngineCheckMode.Required)]
    [InlineData(" OFF ", EngineCheckMode.Off)]
    public void Modes_are_read_in_any_letter_case_and_unset_is_auto(string? value, EngineCheckMode expected)
    {
        Assert.True(EngineCheckSettings.TryParseMode(value, out var mode));
        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("on")]
    [InlineData("true")]
    public void Other_modes_are_refused(string value)
    {
        Assert.False(EngineCheckSettings.TryParseMode(value, out _));
    }

    [Theory]
    [InlineData(null, 5000)]
    [InlineData("", 5000)]
    [InlineData("  ", 5000)]
    [InlineData("1", 1)]
    [InlineData("300", 300)]
    [InlineData(" 2500 ", 2500)]
    [InlineData("2147483647", 2147483647)]
    public void Timeouts_are_positive_milliseconds_and_unset_is_the_default(string? value, int milliseconds)
    {
        Assert.True(EngineCheckSettings.TryParseTimeout(value, out var timeout));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), timeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    [InlineData("1e3")]
    [InlineData("5s")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void Other_timeouts_are_refused_not_replaced_by_the_default(string value)
    {
        Assert.False(EngineCheckSettings.TryParseTimeout(value, out _));
    }

    [Fact]
    public void Each_host_names_its_own_setting()
    {
        Assert.Equal("NotNativeEngineTimeout is 'soon'; it must be a positive whole number of milliseconds (default 5000).", CheckHost.MSBuild.InvalidEngineTimeout("soon"));
        Assert.Equal("--timeout is 'soon'; it must be a positive whole number of milliseconds (default 5000).", CheckHost.Cli.InvalidEngineTimeout("soon"));
        Assert.Equal("NotNativeEngineCheck is 'maybe'; it must be auto, required or off.", CheckHost.MSBuild.InvalidEngineCheck("maybe"));
        Assert.Equal("--engine is 'maybe'; it must be auto, required or off.", CheckHost.Cli.InvalidEngineCheck("maybe"));
        Assert.Equal("set NotNativeEngineCheck=off", CheckHost.MSBuild.SetEngineCheck(EngineCheckMode.Off));
        Assert.Equal("pass '--engine off'", CheckHost.Cli.SetEngineCheck(EngineCheckMode.Off));
    }

    [Theory]
    [InlineData("linux/amd64", null, "amd64", "NotNativeTargetPlatform 'linux/amd64'")]
    [InlineData("aarch64", "linux-x64", "arm64", "NotNativeTargetPlatform 'aarch64'")]
    [InlineData(null, "linux-x64", "amd64", "ContainerRuntimeIdentifier 'linux-x64'")]
    [InlineData(" ", "linux-musl-arm64", "arm64", "ContainerRuntimeIdentifier 'linux-musl-arm64'")]
    public void The_target_platform_wins_over_the_container_runtime_identifier(string? platform, string? rid, string architecture, string source)
    {
        Assert.True(EngineCheckSettings.TryResolveTargetArchitecture(platform, rid, CheckHost.MSBuild, out var target));
        Assert.Equal(new TargetArchitecture(architecture, source), target);
    }

    [Fact]
    public void Without_either_the_target_architecture_is_unknown()
    {
        Assert.True(EngineCheckSettings.TryResolveTargetArchitecture(null, null, CheckHost.MSBuild, out var target));
        Assert.Null(target);
        Assert.True(EngineCheckSettings.TryResolveTargetArchitecture("", "linux", CheckHost.MSBuild, out target));
        Assert.Null(target);
    }

    [Theory]
    [InlineData("macos")]
    [InlineData("darwin/arm64")]
    [InlineData("linux")]
    public void A_target_platform_that_names_no_architecture_is_refused_with_the_setting_name(string value)
    {
        Assert.False(EngineCheckSettings.TryResolveTargetArchitecture(value, "linux-x64", CheckHost.MSBuild, out _));
        Assert.StartsWith($"NotNativeTargetPlatform is '{value}'; it must be a platform such as linux/amd64", CheckHost.MSBuild.InvalidTargetPlatform(value));
        Assert.StartsWith($"--target-platform is '{value}'", CheckHost.Cli.InvalidTargetPlatform(value));
    }
}
