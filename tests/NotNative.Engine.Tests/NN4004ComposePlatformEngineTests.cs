using NotNative.Dockerfiles.Compose;
using NotNative.Engine.Engine;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

/// <summary>NN4004's engine half: a service's platform against the engine's architecture.</summary>
public sealed class NN4004ComposePlatformEngineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-nn4004-" + Guid.NewGuid().ToString("N")[..12]);

    public NN4004ComposePlatformEngineTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<BuildFinding> Check(string payload, string platform)
    {
        var path = Path.Combine(_folder, "compose.yaml");
        File.WriteAllText(path, $"services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    platform: {platform}\n");
        var probe = ProbePayload(payload);
        var check = new BuildCheck(EngineCheckMode.Auto, CheckHost.Cli, EngineProbe.DefaultTimeout, "unix:///replayed/docker.sock", (_, _, _) => Task.FromResult(probe));
        return check.CheckCompose(path, new ComposeAnalysisOptions(), CancellationToken.None).ToList();
    }

    [Fact]
    public void An_amd64_platform_on_an_Apple_Silicon_Desktop_is_reported()
    {
        var finding = Assert.Single(Check("desktop-mac-arm64.info.json", "linux/amd64"));
        Assert.Equal("NN4004", finding.Id);
        Assert.Equal((4, 15), (finding.Line, finding.Column));
        Assert.Contains("is arm64", finding.Message, StringComparison.Ordinal);
        Assert.Contains("exec format error", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("debian-dockerd-20.10.info.json", "linux/amd64")]
    [InlineData("desktop-mac-arm64.info.json", "linux/arm64/v8")]
    public void The_engines_own_architecture_is_clean(string payload, string platform) => Assert.Empty(Check(payload, platform));
}
