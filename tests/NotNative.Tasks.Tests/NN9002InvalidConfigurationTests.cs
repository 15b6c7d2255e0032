namespace NotNative.Tasks.Tests;

/// <summary>Malformed properties get NN9002, never MSB4018.</summary>
public class NN9002InvalidConfigurationTests
{
    [Fact]
    public void Unknown_engine_check_mode_is_NN9002()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");

        var (result, engine) = context.Run(configure: t => t.EngineCheck = "maybe");

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN9002", error.Code);
        Assert.Contains("auto, required or off", error.Message);
    }

    [Fact]
    public void Dockerfile_that_is_a_folder_is_NN9002()
    {
        using var context = new TempContext();
        Directory.CreateDirectory(Path.Combine(context.Root, "Dockerfile"));

        var (_, engine) = context.Run();

        Assert.Equal("NN9002", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Missing_Dockerfile_or_context_is_NN9002()
    {
        using var context = new TempContext();
        Assert.Equal("NN9002", Assert.Single(context.Run("nope").Engine.Errors).Code);

        context.Write("Dockerfile", "FROM alpine\n");
        Assert.Equal("NN9002", Assert.Single(context.Run(configure: t => t.ContextDirectory = Path.Combine(context.Root, "missing")).Engine.Errors).Code);
    }

    [Fact]
    public void Target_platform_that_names_no_architecture_is_NN9002_naming_the_property()
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");

        var (result, engine) = context.Run(configure: t => t.TargetPlatform = "macos/arm64");

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN9002", error.Code);
        Assert.StartsWith("NotNativeTargetPlatform is 'macos/arm64'; it must be a platform such as linux/amd64", error.Message);
    }
}
