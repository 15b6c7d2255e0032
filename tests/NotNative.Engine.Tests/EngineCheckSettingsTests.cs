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
}
