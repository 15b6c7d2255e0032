namespace NotNative.Tasks.Tests;

public class NN3006CopySourceCaseTests
{
    [Fact]
    public void Source_that_matches_only_ignoring_case_is_an_error_with_the_real_name()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\nCOPY Config/AppSettings.json /app/\n");
        context.Write("config/appsettings.json", "{}");

        var (result, engine) = context.Run();

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN3006", error.Code);
        Assert.Contains("'config/appsettings.json'", error.Message);
        Assert.Equal(2, error.LineNumber);
    }

    [Theory]
    [InlineData("FROM alpine\nCOPY config/appsettings.json /app/\n")]
    [InlineData("FROM alpine\nCOPY missing.json /app/\n")] // simply missing: docker build says so itself
    [InlineData("FROM alpine\nCOPY --from=build /App /app\n")]
    [InlineData("FROM alpine\nCOPY config/*.json /app/\n")]
    public void Exact_missing_or_stage_sources_are_not_reported(string dockerfile)
    {
        using var context = new TempContext();
        context.Write("Dockerfile", dockerfile);
        context.Write("config/appsettings.json", "{}");

        var (_, engine) = context.Run();

        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Windows_targets_are_not_reported_their_hosts_ignore_case()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY Config/AppSettings.json C:/app/\n");
        context.Write("config/appsettings.json", "{}");

        var (result, engine) = context.Run(configure: t => t.NotNativeTargetOS = "windows");

        Assert.True(result);
        Assert.Empty(engine.Errors);
    }
}
