using NotNative.Dockerfiles.Compose;
using NotNative.Engine.Engine;

namespace NotNative.Engine.Tests;

public sealed class NN4005ComposePathCaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-nn4005-" + Guid.NewGuid().ToString("N")[..12]);

    public NN4005ComposePathCaseTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Api"));
        Directory.CreateDirectory(Path.Combine(_folder, "data"));
        File.WriteAllText(Path.Combine(_folder, "Api", "Dockerfile"), "FROM alpine\n");
        File.WriteAllText(Path.Combine(_folder, "Api.env"), "LOG=debug\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<BuildFinding> Check(string compose)
    {
        var path = Path.Combine(_folder, "docker-compose.yml");
        File.WriteAllText(path, compose);
        var check = new BuildCheck(EngineCheckMode.Off, CheckHost.Cli, EngineProbe.DefaultTimeout, null);
        return check.CheckCompose(path, new ComposeAnalysisOptions(), CancellationToken.None).ToList();
    }

    [Fact]
    public void Paths_that_match_only_ignoring_case_are_reported_where_they_are_written()
    {
        var findings = Check("services:\n  api:\n    build:\n      context: ./api\n      dockerfile: dockerfile\n    env_file: api.env\n    volumes:\n      - ./Data:/data\n      - type: bind\n        source: ./DATA\n        target: /more\n");
        Assert.Equal(new[] { (4, 16), (5, 19), (6, 15), (8, 9), (10, 17) }, findings.Select(f => (f.Line, f.Column)));
        Assert.All(findings, f => Assert.Equal("NN4005", f.Id));
        Assert.Contains("The build context './api' of service 'api' is './Api' on disk", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("The Dockerfile 'dockerfile' of service 'api' is 'Dockerfile' on disk", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("The env file 'api.env' of service 'api' is 'Api.env' on disk", findings[2].Message, StringComparison.Ordinal);
        Assert.Contains("The bind-mount source './Data' of service 'api' is './data' on disk", findings[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_missing_absolute_variable_and_named_paths_are_clean()
    {
        Assert.Empty(Check("services:\n  api:\n    build: ./Api\n    env_file:\n      - Api.env\n      - path: ./missing.env\n        required: false\n" +
                           "    volumes:\n      - ./data:/data\n      - ./nothing:/x\n      - db:/var/lib/db\n      - /var/run/docker.sock:/var/run/docker.sock\n      - ${HOME}/.aws:/root/.aws\n      - ../outside:/o\n"));
    }
}
