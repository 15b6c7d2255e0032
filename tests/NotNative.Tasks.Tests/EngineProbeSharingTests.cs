using NotNative.Tests;

namespace NotNative.Tasks.Tests;

/// <summary>One probe per build, shared by the projects of the build; each project waits with its own cancellation.</summary>
public class EngineProbeSharingTests
{
    [Fact]
    public async Task A_cancelled_project_stops_waiting_at_once_and_a_later_project_still_gets_the_answer()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"), behaviour: ReplayEngine.Behaviour.AnswerWhenReleased);
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");
        var build = new Dictionary<object, object>();
        var first = new NotNativeCheck
        {
            BuildEngine = new RecordingBuildEngine(build),
            Dockerfile = Path.Combine(context.Root, "Dockerfile"),
            DockerHost = replay.Uri.ToString(),
            EngineTimeout = "120000",
        };

        var firstRun = Task.Run(first.Execute);
        await replay.RequestReceived.WaitAsync(TimeSpan.FromSeconds(60));
        first.Cancel();

        // The wait ends within 200 ms of Cancel(), though the engine has not answered and the timeout is two minutes.
        await firstRun.WaitAsync(TimeSpan.FromMilliseconds(200));

        replay.Release();
        var (result, second) = context.Run(configure: t =>
        {
            t.DockerHost = replay.Uri.ToString();
            t.EngineTimeout = "120000";
        }, buildObjects: build);

        Assert.True(result);
        Assert.Empty(second.Errors);
        Assert.Single(second.Messages, m => m.Code == "NN3003");
        Assert.Single(replay.RequestedPaths, p => p.EndsWith("/info", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_cancelled_before_it_starts_asks_nothing()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");
        var engine = new RecordingBuildEngine();
        var task = new NotNativeCheck { BuildEngine = engine, Dockerfile = Path.Combine(context.Root, "Dockerfile"), DockerHost = replay.Uri.ToString() };
        task.Cancel();

        task.Execute();

        Assert.Empty(engine.Errors);
        Assert.DoesNotContain(engine.Messages, m => m.Code == "NN3003");
    }
}

/// <summary>Tests that change the process environment: alone, after the others.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment
{
}

[Collection(nameof(ProcessEnvironment))]
public class ExplicitEngineHostTests
{
    [Fact]
    public void NotNativeDockerHost_is_the_only_endpoint_used_even_with_a_broken_DOCKER_CONTEXT()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");
        var config = Path.Combine(context.Root, "docker-config");
        Directory.CreateDirectory(config);
        File.WriteAllText(Path.Combine(config, "config.json"), "{ not json");
        var saved = (Environment.GetEnvironmentVariable("DOCKER_CONTEXT"), Environment.GetEnvironmentVariable("DOCKER_CONFIG"));
        Environment.SetEnvironmentVariable("DOCKER_CONTEXT", "no-such-context");
        Environment.SetEnvironmentVariable("DOCKER_CONFIG", config);
        try
        {
            var (result, engine) = context.Run(configure: t => t.DockerHost = replay.Uri.ToString());

            Assert.True(result);
            Assert.Empty(engine.Errors);
            Assert.Empty(engine.Warnings);
            Assert.Single(engine.Messages, m => m.Code == "NN3003");
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKER_CONTEXT", saved.Item1);
            Environment.SetEnvironmentVariable("DOCKER_CONFIG", saved.Item2);
        }
    }

    [Fact]
    public void A_password_in_NotNativeDockerHost_is_in_no_build_message()
    {
        var (_, engine) = RunWithHost("tcp://admin:pa#ss/word@127.0.0.1:notaport");
        var all = engine.Errors.Select(e => e.Message).Concat(engine.Warnings.Select(w => w.Message)).Concat(engine.Messages.Select(m => m.Message)).ToList();
        Assert.NotEmpty(all);
        Assert.All(all, message => Assert.DoesNotContain("word", message));
        Assert.All(all, message => Assert.DoesNotContain("pa#ss", message));
    }

    private static (bool, RecordingBuildEngine) RunWithHost(string host)
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\n");
        return context.Run(configure: t =>
        {
            t.DockerHost = host;
            t.EngineCheck = "required";
        });
    }
}
