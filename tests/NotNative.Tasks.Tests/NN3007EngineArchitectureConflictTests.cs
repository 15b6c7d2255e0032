using NotNative.Tests;

namespace NotNative.Tasks.Tests;

/// <summary>The task against a replayed Docker Desktop on an Apple Silicon Mac: the target platform, NN3007, and the engine check without a Dockerfile.</summary>
public class NN3007EngineArchitectureConflictTests
{
    private const string Kubectl = "FROM ubuntu:22.04\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\n";

    private static string Codes(RecordingBuildEngine engine) =>
        string.Join(",", engine.Errors.Select(e => "E:" + e.Code).Concat(engine.Warnings.Select(w => "W:" + w.Code))
            .Concat(engine.Messages.Where(m => m.Code != null).Select(m => "I:" + m.Code)));

    private static (bool Result, RecordingBuildEngine Engine) Run(ReplayEngine replay, string? dockerfile, Action<NotNativeCheck>? configure = null)
    {
        using var context = new TempContext();
        if (dockerfile != null)
        {
            context.Write("Dockerfile", dockerfile);
        }

        return context.Run(configure: t =>
        {
            t.DockerHost = replay.Uri.ToString();
            if (dockerfile == null)
            {
                t.Dockerfile = string.Empty;
                t.PublishingContainer = "true"; // without a Dockerfile the check runs before PublishContainer only
            }

            configure?.Invoke(t);
        });
    }

    [Fact]
    public void An_amd64_download_fails_the_build_on_an_arm64_Mac_with_NN3007_on_its_line()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var (result, engine) = Run(replay, Kubectl);

        Assert.False(result);
        Assert.Equal("E:NN3007,I:NN3003", Codes(engine));
        var error = engine.Errors[0];
        Assert.Equal((2, 40), (error.LineNumber, error.ColumnNumber));
        Assert.EndsWith("Dockerfile", error.File);
        Assert.Contains("is Docker Desktop on an arm64 Mac, but line 2 downloads or installs a build for amd64 only", error.Message);
    }

    [Fact]
    public void The_fixed_twin_builds()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var (result, engine) = Run(replay, "FROM ubuntu:22.04\nARG TARGETARCH\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/${TARGETARCH}/kubectl\n");

        Assert.True(result);
        Assert.Equal("I:NN3003", Codes(engine));
    }

    [Fact]
    public void An_amd64_target_platform_raises_the_emulated_SDK_stage_as_a_warning()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        const string dockerfile = "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n";

        var (result, engine) = Run(replay, dockerfile, t => t.TargetPlatform = "linux/amd64");
        Assert.True(result);
        Assert.Equal("W:NN3007,I:NN3003", Codes(engine));
        Assert.Equal(1, engine.Warnings[0].LineNumber);
        Assert.StartsWith("NotNativeTargetPlatform 'linux/amd64' builds the image for amd64", engine.Warnings[0].Message);

        // The default target: ContainerRuntimeIdentifier's architecture (and NN3004 for the image it names, a cause of its own).
        var (_, fromRid) = Run(replay, dockerfile, t => t.ContainerRuntimeIdentifier = "linux-x64");
        Assert.Equal("W:NN3004,W:NN3007,I:NN3003", Codes(fromRid));
        Assert.StartsWith("ContainerRuntimeIdentifier 'linux-x64' builds the image for amd64", fromRid.Warnings[1].Message);

        // Neither: the target is unknown, and a build for the engine's own architecture runs the SDK natively.
        Assert.Equal("I:NN3003", Codes(Run(replay, dockerfile).Engine));
    }

    [Fact]
    public void Without_a_Dockerfile_the_container_runtime_identifier_is_held_against_the_engine()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));

        var (result, engine) = Run(replay, null, t => t.ContainerRuntimeIdentifier = "linux-x64");
        Assert.True(result);
        Assert.Equal("W:NN3004,I:NN3003", Codes(engine));
        Assert.StartsWith("ContainerRuntimeIdentifier 'linux-x64' pins amd64, but the Docker engine at", engine.Warnings[0].Message);

        Assert.Equal("I:NN3003", Codes(Run(replay, null, t => t.ContainerRuntimeIdentifiers = "linux-x64;linux-arm64").Engine));
        Assert.Equal("I:NN3003", Codes(Run(replay, null).Engine));
    }
}
