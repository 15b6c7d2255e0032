using NotNative.Tests;

namespace NotNative.Tasks.Tests;

/// <summary>
/// The task before PublishContainer in a project without a Dockerfile: the SDK container rules at the property's line
/// in the project file (with --no-build, when the compiler did not report them), and the engine's OS against the image's
/// when the image goes to the local engine.
/// </summary>
public class SdkContainerPublishCheckTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerRuntimeIdentifier>win-x64</ContainerRuntimeIdentifier>\n  </PropertyGroup>\n</Project>\n";

    private static (bool Result, RecordingBuildEngine Engine) Run(Action<NotNativeCheck> configure)
    {
        using var context = new TempContext();
        var project = context.Write("App.csproj", Project);
        var engine = new RecordingBuildEngine();
        var task = new NotNativeCheck { BuildEngine = engine, Dockerfile = string.Empty, ProjectFile = project, PublishingContainer = "true" };
        configure(task);
        return (task.Execute(), engine);
    }

    [Fact]
    public void Without_a_build_the_property_rules_are_reported_at_the_project_file_line()
    {
        var (result, engine) = Run(t =>
        {
            t.NoBuild = "true";
            t.EngineCheck = "off";
            t.DockerDefaultTargetOS = "Linux";
            t.ContainerRuntimeIdentifier = "win-x64";
        });

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN2017", error.Code);
        Assert.EndsWith("App.csproj", error.File, StringComparison.Ordinal);
        Assert.Equal((3, 33), (error.LineNumber, error.ColumnNumber));
    }

    [Fact]
    public void After_a_build_the_compiler_has_reported_them_and_the_task_does_not_repeat_them()
    {
        var (result, engine) = Run(t =>
        {
            t.EngineCheck = "off";
            t.DockerDefaultTargetOS = "Linux";
            t.ContainerRuntimeIdentifier = "win-x64";
        });

        Assert.True(result);
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void A_Windows_engine_fails_the_publish_of_a_Linux_image_with_NN3001_on_the_project_file()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("windows-server-2022.info.json"));
        var (result, engine) = Run(t =>
        {
            t.DockerHost = replay.Uri.ToString();
            t.ContainerRepository = "app";
        });

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN3001", error.Code);
        Assert.EndsWith("App.csproj", error.File, StringComparison.Ordinal);
        Assert.Contains("the image dotnet publish -t:PublishContainer builds (for linux-<arch>, the SDK's default RID) is Linux", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("registry.example.com", null)]
    [InlineData(null, "/tmp/image.tar.gz")]
    public void An_image_pushed_to_a_registry_or_written_to_a_tarball_does_not_ask_the_local_engine(string? registry, string? archive)
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("windows-server-2022.info.json"));
        var (result, engine) = Run(t =>
        {
            t.DockerHost = replay.Uri.ToString();
            t.ContainerRegistry = registry;
            t.ContainerArchiveOutputPath = archive;
        });

        Assert.True(result);
        Assert.Empty(engine.Errors);
        Assert.Equal(0, replay.AcceptedClients);
    }

    [Fact]
    public void Without_a_Dockerfile_and_outside_PublishContainer_there_is_nothing_to_check()
    {
        var engine = new RecordingBuildEngine();
        var task = new NotNativeCheck { BuildEngine = engine, Dockerfile = string.Empty, EngineCheck = "required", DockerHost = "unix:///tmp/nn-no-engine-here.sock" };

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
    }
}
