using NotNative.Dockerfiles.Compose;
using NotNative.Engine.Engine;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

public sealed class NN4007ComposeResourcesAboveEngineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-nn4007-" + Guid.NewGuid().ToString("N")[..12]);

    public NN4007ComposeResourcesAboveEngineTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<BuildFinding> Check(string payload, string compose)
    {
        var path = Path.Combine(_folder, "compose.yaml");
        File.WriteAllText(path, compose);
        var probe = ProbePayload(payload);
        var check = new BuildCheck(EngineCheckMode.Auto, CheckHost.Cli, EngineProbe.DefaultTimeout, "unix:///replayed/docker.sock", (_, _, _) => Task.FromResult(probe));
        return check.CheckCompose(path, new ComposeAnalysisOptions(), CancellationToken.None).ToList();
    }

    private const string Service = "services:\n  search:\n    image: elasticsearch:8.15.0\n";

    [Fact]
    public void Memory_above_a_Desktop_VMs_names_Settings_Resources()
    {
        // desktop-mac-arm64: MemTotal 8217997312 (7.7 GiB), NCPU 10.
        var finding = Assert.Single(Check("desktop-mac-arm64.info.json", Service + "    mem_limit: 12g\n"));
        Assert.Equal("NN4007", finding.Id);
        Assert.Equal((4, 16), (finding.Line, finding.Column));
        Assert.Contains("sets mem_limit to 12g (12 GiB)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("has 7.7 GiB", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Docker Desktop's Settings > Resources", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_limits_and_reservations_above_a_WSL_2_engine_name_wslconfig()
    {
        // desktop-windows-wsl2: MemTotal 16689213440 (15.5 GiB), NCPU 8.
        var findings = Check("desktop-windows-wsl2.info.json", Service +
            "    deploy:\n      resources:\n        limits:\n          cpus: '12'\n          memory: 4G\n        reservations:\n          memory: 20g\n");
        Assert.Equal(new[] { "NN4007", "NN4007" }, findings.Select(f => f.Id));
        Assert.Contains("deploy.resources.limits.cpus to 12 CPUs", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("Range of CPUs is from 0.01 to 8.00, as there are only 8 CPUs available", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("deploy.resources.reservations.memory to 20g", findings[1].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Contains("%UserProfile%\\.wslconfig", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_native_engine_says_to_lower_the_value()
    {
        // debian-dockerd: NCPU 2.
        var finding = Assert.Single(Check("debian-dockerd-20.10.info.json", Service + "    cpus: 4\n"));
        Assert.Contains("Lower the service's value", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Desktop", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    mem_limit: 2g\n    cpus: 1.5\n")]
    [InlineData("    mem_limit: ${SEARCH_MEMORY:-16g}\n")]
    [InlineData("    mem_reservation: 512m\n")]
    [InlineData("    deploy:\n      resources:\n        limits:\n          memory: 7g\n")]
    public void Values_within_the_engine_or_with_variables_are_clean(string keys)
    {
        Assert.Empty(Check("desktop-mac-arm64.info.json", Service + keys));
    }

    [Theory]
    [InlineData("1073741824", 1073741824d)]
    [InlineData("512m", 536870912d)]
    [InlineData("2GB", 2147483648d)]
    [InlineData("1.5g", 1610612736d)]
    [InlineData("64k", 65536d)]
    [InlineData("2x", null)]
    [InlineData("g", null)]
    public void Compose_byte_units(string text, double? bytes) => Assert.Equal(bytes, ComposeResources.ParseBytes(text));
}
