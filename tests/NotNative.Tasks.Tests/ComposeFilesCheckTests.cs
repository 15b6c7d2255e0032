using NotNative.Tests;

namespace NotNative.Tasks.Tests;

/// <summary>
/// The task over a project's compose files against a replayed Docker Desktop on an arm64 Mac (a 7.7 GiB, 10-CPU VM):
/// only the checks that need the disk or the engine (NN4005, NN4007, NN4004's engine half); the compiler reports the rest.
/// </summary>
public class ComposeFilesCheckTests
{
    // NN4001 (a Windows host path) and NN4002 (host.docker.internal without extra_hosts) are the analyzer's: not here.
    private const string Compose =
        "services:\n" +
        "  search:\n" +
        "    image: elasticsearch:8.15.0\n" +
        "    mem_limit: 12g\n" +
        "    env_file: ./Search.env\n" +
        "    environment:\n" +
        "      API: http://host.docker.internal:5000\n" +
        "    volumes:\n" +
        "      - C:\\data:/data\n";

    private static string Codes(RecordingBuildEngine engine) =>
        string.Join(",", engine.Errors.Select(e => "E:" + e.Code).Concat(engine.Warnings.Select(w => "W:" + w.Code))
            .Concat(engine.Messages.Where(m => m.Code != null).Select(m => "I:" + m.Code)));

    private static (bool Result, RecordingBuildEngine Engine, string ComposeFile) Run(ReplayEngine replay, string compose, bool withDockerfile = false)
    {
        using var context = new TempContext();
        var composeFile = context.Write("compose.yaml", compose);
        context.Write("search.env", "DISCOVERY=single-node\n");
        if (withDockerfile)
        {
            context.Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n");
        }

        var (result, engine) = context.Run(configure: t =>
        {
            t.DockerHost = replay.Uri.ToString();
            t.ComposeFiles = composeFile;
            if (!withDockerfile)
            {
                t.Dockerfile = string.Empty;
            }
        });
        return (result, engine, composeFile);
    }

    [Fact]
    public void Memory_above_the_Desktop_VM_and_a_miscased_env_file_are_reported_on_their_lines_without_a_Dockerfile()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var (_, engine, composeFile) = Run(replay, Compose);

        Assert.Equal("W:NN4005,W:NN4007", Codes(engine));
        var pathCase = engine.Warnings.Single(w => w.Code == "NN4005");
        Assert.Equal((composeFile, 5, 15), (pathCase.File, pathCase.LineNumber, pathCase.ColumnNumber));
        Assert.Contains("is './search.env' on disk", pathCase.Message, StringComparison.Ordinal);
        var memory = engine.Warnings.Single(w => w.Code == "NN4007");
        Assert.Equal((composeFile, 4, 16), (memory.File, memory.LineNumber, memory.ColumnNumber));
        Assert.Contains("Docker Desktop's Settings > Resources", memory.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_pinned_to_amd64_is_held_against_the_arm64_engine()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var (_, engine, _) = Run(replay, "services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    platform: linux/amd64\n");

        var finding = Assert.Single(engine.Warnings);
        Assert.Equal(("NN4004", 4, 15), (finding.Code, finding.LineNumber, finding.ColumnNumber));
        Assert.Contains("but the Docker engine at", finding.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, string.Join(",", engine.Errors.Select(e => e.Code)));
    }

    [Fact]
    public void With_a_Dockerfile_the_compose_files_are_checked_after_it()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var (_, engine, _) = Run(replay, Compose, withDockerfile: true);

        Assert.Equal("W:NN4005,W:NN4007,I:NN3003", Codes(engine));
    }

    [Fact]
    public void Limits_within_the_engine_and_the_files_case_are_clean()
    {
        using var replay = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var (result, engine, _) = Run(replay, Compose.Replace("12g", "7g").Replace("Search.env", "search.env") + "    cpus: 10\n");

        Assert.True(result);
        Assert.Equal(string.Empty, Codes(engine));
    }
}
