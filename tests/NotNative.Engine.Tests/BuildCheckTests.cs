using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;

namespace NotNative.Engine.Tests;

/// <summary>The one build-check run the task and the CLI share: the engine asked once, its state said once.</summary>
public sealed class BuildCheckTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-buildcheck-" + Guid.NewGuid().ToString("N")[..12]);

    public BuildCheckTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<string> Ids(BuildCheck check, string dockerfile, DockerfileAnalysisOptions? options = null) =>
        check.Check(dockerfile, Path.GetDirectoryName(dockerfile)!, options ?? new DockerfileAnalysisOptions(), null, CancellationToken.None)
            .Select(f => f.Id).ToList();

    [Fact]
    public void The_engine_is_asked_once_per_run_and_its_state_is_said_once()
    {
        var asked = 0;
        var check = new BuildCheck(EngineCheckMode.Auto, CheckHost.Cli, EngineProbe.DefaultTimeout, "unix:///nowhere/docker.sock", (endpoint, _, _) =>
        {
            Interlocked.Increment(ref asked);
            return Task.FromResult(ProbeResult.Failed(endpoint, ProbeFailure.Unreachable, "no socket"));
        });

        Assert.Equal(new[] { "NN3002" }, Ids(check, Write("Dockerfile", "FROM alpine\n")));
        Assert.Empty(Ids(check, Write("Dockerfile.other", "FROM alpine\n")));
        Assert.Equal(1, asked);
    }

    [Fact]
    public void Off_asks_nothing_and_an_unreadable_Dockerfile_is_one_NN9001_without_a_file()
    {
        var check = new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null, (_, _, _) => throw new InvalidOperationException("asked"));

        var finding = Assert.Single(check.Check(Path.Combine(_folder, "missing"), _folder, new DockerfileAnalysisOptions(), null, CancellationToken.None));
        Assert.Equal("NN9001", finding.Id);
        Assert.Null(finding.File);
        Assert.Empty(Ids(check, Write("Dockerfile", "FROM alpine\n")));
    }

    [Fact]
    public void Dockerfile_rule_findings_come_only_when_asked_for_and_the_context_files_read_are_kept()
    {
        var dockerfile = Write("Dockerfile", "FROM alpine\nCOPY run.sh /run.sh\nWORKDIR C:\\app\n");
        Write("run.sh", "#!/bin/sh\r\necho hi\r\n");
        var options = new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux };
        var build = new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null);
        var cli = new BuildCheck(EngineCheckMode.Off, CheckHost.Cli, EngineProbe.DefaultTimeout, null) { IncludesDockerfileRules = true };

        Assert.Equal(new[] { "NN3005" }, Ids(build, dockerfile, options));
        Assert.Equal(new[] { Path.Combine(_folder, "run.sh") }, build.FilesRead);
        Assert.Empty(build.FoldersCopied);
        var all = Ids(cli, dockerfile, options);
        Assert.Equal("NN3005", all[^1]);
        Assert.Contains(all, id => id.StartsWith("NN2", StringComparison.Ordinal));
    }

    [Fact]
    public void Folders_copied_whole_are_kept_and_files_copied_alone_are_not()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "scripts", "more"));
        Directory.CreateDirectory(Path.Combine(_folder, "config"));
        Write(Path.Combine("scripts", "start.sh"), "#!/bin/sh\necho hi\n");
        Write(Path.Combine("config", "app.json"), "{}\n");
        var dockerfile = Write("Dockerfile", "FROM alpine\nCOPY scripts/ /scripts/\nCOPY config/app.json /app/\nCOPY con*/ /c/\n");
        var build = new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, EngineProbe.DefaultTimeout, null);

        Assert.Empty(Ids(build, dockerfile, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux }));
        Assert.Equal(new[] { Path.Combine(_folder, "config"), Path.Combine(_folder, "scripts") }, build.FoldersCopied.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cancelled_run_stops_waiting_for_the_engine()
    {
        using var cancel = new CancellationTokenSource();
        var never = new TaskCompletionSource<ProbeResult>();
        var check = new BuildCheck(EngineCheckMode.Required, CheckHost.Cli, EngineProbe.DefaultTimeout, "unix:///nowhere/docker.sock", (_, _, _) => never.Task);
        var findings = check.Check(Write("Dockerfile", "FROM alpine\n"), _folder, new DockerfileAnalysisOptions(), null, cancel.Token);
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => findings.ToList());
    }
}
