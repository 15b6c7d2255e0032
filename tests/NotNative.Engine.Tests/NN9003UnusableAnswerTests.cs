using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Tests;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

public class NN9003UnusableAnswerTests
{
    [Theory]
    [InlineData(ReplayEngine.Behaviour.Http500, "HTTP 500")]
    [InlineData(ReplayEngine.Behaviour.Garbage, "JSON")]
    public void Unusable_answers_are_a_warning_in_auto_and_an_error_in_required(ReplayEngine.Behaviour behaviour, string detail)
    {
        using var engine = new ReplayEngine("{}", behaviour: behaviour);
        var probe = Probe(engine);

        Assert.Equal(ProbeFailure.Unusable, probe.Failure);
        Assert.Contains(detail, probe.Detail);
        Assert.Equal(RuleSeverity.Warning, Assert.Single(Evaluate(probe, ContainerOs.Linux)).Severity);
        var required = Assert.Single(Evaluate(probe, ContainerOs.Linux, EngineCheckMode.Required));
        Assert.Equal("NN9003", required.Id);
        Assert.Equal(RuleSeverity.Error, required.Severity);
    }

    [Fact]
    public void Engine_that_never_answers_is_cut_off_at_the_timeout()
    {
        using var engine = new ReplayEngine("{}", behaviour: ReplayEngine.Behaviour.NeverAnswer);
        var probe = Probe(engine, TimeSpan.FromMilliseconds(300));

        Assert.Equal(ProbeFailure.Timeout, probe.Failure);
        Assert.Equal("NN9003", Assert.Single(Evaluate(probe, ContainerOs.Linux)).Id);
    }

    [Fact]
    public void Engine_29_stub_with_an_empty_OSType_falls_back_to_version()
    {
        var probe = ProbePayload("engine29-stub.info.json", "engine29-stub.version.json");
        Assert.Equal(ContainerOs.Linux, probe.Facts!.Os);
    }

    [Fact]
    public void Empty_OSType_everywhere_is_unknown_never_a_mismatch()
    {
        var probe = ProbePayload("engine29-stub.info.json");
        Assert.Equal(ContainerOs.Unknown, probe.Facts!.Os);
        Assert.Empty(Evaluate(probe, ContainerOs.Windows));
    }

    [Fact]
    public void The_probe_only_reads_info_and_version()
    {
        using var engine = new ReplayEngine(ReplayEngine.Payload("engine29-stub.info.json"), ReplayEngine.Payload("engine29-stub.version.json"));
        Probe(engine);
        Assert.All(engine.RequestedPaths, path => Assert.Matches(@"^(/v[0-9.]+)?/(info|version|_ping)$", path));
    }
}
