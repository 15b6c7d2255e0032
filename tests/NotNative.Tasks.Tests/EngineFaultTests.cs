using Microsoft.Build.Framework;
using NotNative.Tests;

namespace NotNative.Tasks.Tests;

/// <summary>The task under every engine fault: coded diagnostics at the right severity, never MSB4018 (an escaped exception).</summary>
public class EngineFaultTests
{
    private const string WindowsDockerfile = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n";

    private static (bool Result, RecordingBuildEngine Engine) Run(string dockerHost, string mode = "auto", string? timeout = null, string dockerfile = "FROM alpine\n", string? targetOs = null)
    {
        using var context = new TempContext();
        context.Write("Dockerfile", dockerfile);
        return context.Run(configure: t =>
        {
            t.DockerHost = dockerHost;
            t.EngineCheck = mode;
            t.EngineTimeout = timeout;
            t.NotNativeTargetOS = targetOs;
        });
    }

    private static string Codes(RecordingBuildEngine engine) =>
        string.Join(",", engine.Errors.Select(e => "E:" + e.Code).Concat(engine.Warnings.Select(w => "W:" + w.Code))
            .Concat(engine.Messages.Where(m => m.Code != null).Select(m => "I:" + m.Code)));

    [Fact]
    public void Windows_engine_and_Linux_Dockerfile_fail_with_NN3001_at_the_FROM()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("windows-server-2022.info.json"));
        var (result, engine) = Run(replay.Uri.ToString(), dockerfile: "FROM alpine\nRUN apk add curl\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\n");

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN3001", error.Code);
        Assert.Equal(3, error.LineNumber);
        Assert.EndsWith("Dockerfile", error.File);
    }

    [Theory]
    [InlineData(ReplayEngine.Behaviour.Http500, "auto", "W:NN9003")]
    [InlineData(ReplayEngine.Behaviour.Garbage, "auto", "W:NN9003")]
    [InlineData(ReplayEngine.Behaviour.Http500, "required", "E:NN9003")]
    [InlineData(ReplayEngine.Behaviour.NeverAnswer, "auto", "W:NN9003")]
    public void Unusable_engines_are_NN9003(ReplayEngine.Behaviour behaviour, string mode, string expected)
    {
        using var replay = new ReplayEngine("{}", behaviour: behaviour);
        var (_, engine) = Run(replay.Uri.ToString(), mode, timeout: "300");
        Assert.Equal(expected, Codes(engine));
    }

    [Theory]
    [InlineData("auto", "I:NN3002", true)]
    [InlineData("required", "E:NN3002", false)]
    [InlineData("off", "", true)]
    public void Dead_socket_is_NN3002_by_mode(string mode, string expected, bool succeeds)
    {
        var (result, engine) = Run("unix:///tmp/nn-dead-engine.sock", mode);
        Assert.Equal(expected, Codes(engine));
        Assert.Equal(succeeds, result);
    }

    [Fact]
    public void Closed_socket_and_refused_port_are_NN3002()
    {
        var closed = ReplayEngine.ClosedSocket();
        try
        {
            Assert.Equal("I:NN3002", Codes(Run("unix://" + closed).Engine));
            Assert.Equal("I:NN3002", Codes(Run("tcp://127.0.0.1:9").Engine));
        }
        finally
        {
            File.Delete(closed);
        }
    }

    [Theory]
    [InlineData("desktop-mac-arm64.info.json")]
    [InlineData("boot2docker.info.json")]
    public void A_VM_engine_is_said_once_as_NN3003(string payload)
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload(payload));
        var (result, engine) = Run(replay.Uri.ToString());
        Assert.True(result);
        var message = Assert.Single(engine.Messages, m => m.Code == "NN3003");
        Assert.Equal(MessageImportance.High, message.Importance);
    }

    [Theory]
    [InlineData("ssh://me@box")]
    [InlineData("not a uri at all")]
    public void Unresolvable_hosts_are_NN9002_errors_in_required_mode(string host)
    {
        var (_, engine) = Run(host, "required");
        Assert.Equal("E:NN9002", Codes(engine));
        Assert.DoesNotContain("me@", engine.Errors[0].Message);
    }

    [Fact]
    public void The_Dockerfile_s_target_os_directive_is_the_OS_the_engine_is_held_to()
    {
        // As in the Dockerfile rules and the CLI: '# notnative target-os=windows' makes this file a Windows one.
        using var replay = new ReplayEngine(ReplayEngine.Payload("debian-dockerd-20.10.info.json"));
        var (result, engine) = Run(replay.Uri.ToString(), dockerfile: "# notnative target-os=windows\nFROM registry.example/app:1\n");

        Assert.False(result);
        Assert.Equal("E:NN3001", Codes(engine));
        Assert.Contains("the project's target OS (# notnative target-os) is Windows", engine.Errors[0].Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public void Malformed_timeout_is_NN9002(string timeout)
    {
        var (_, engine) = Run("unix:///tmp/x.sock", timeout: timeout);
        Assert.Equal("E:NN9002", Codes(engine));
        Assert.Equal($"NotNativeEngineTimeout is '{timeout}'; it must be a positive whole number of milliseconds (default 5000). Fix the property in the project file or on the command line.", engine.Errors[0].Message);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("on")]
    public void Malformed_mode_is_NN9002(string mode)
    {
        var (_, engine) = Run("unix:///tmp/x.sock", mode: mode);
        Assert.Equal("E:NN9002", Codes(engine));
        Assert.Equal($"NotNativeEngineCheck is '{mode}'; it must be auto, required or off. Fix the property in the project file or on the command line.", engine.Errors[0].Message);
    }

    [Fact]
    public void A_malformed_timeout_starts_no_early_probe()
    {
        // The early probe reads the settings as NotNativeCheck does: a value NotNativeCheck refuses (NN9002) asks nothing.
        var engine = new RecordingBuildEngine();
        var task = new NotNativeStartEngineProbe { BuildEngine = engine, DockerHost = "unix:///tmp/x.sock", EngineTimeout = "soon" };
        Assert.True(task.Execute());
        Assert.Null(engine.GetRegisteredTaskObject("NotNative.EngineAnswerCache", RegisteredTaskObjectLifetime.Build));
    }

    [DockerdFact]
    public void Real_engine_passes_a_Linux_Dockerfile_and_fails_a_Windows_one()
    {
        var linux = Run(Dockerd.SocketUri!, "required");
        Assert.True(linux.Result, Codes(linux.Engine));
        Assert.Equal(string.Empty, Codes(linux.Engine));

        var windows = Run(Dockerd.SocketUri!, "required", dockerfile: WindowsDockerfile, targetOs: "windows");
        Assert.False(windows.Result);
        Assert.Equal("E:NN3001", Codes(windows.Engine));
    }
}
