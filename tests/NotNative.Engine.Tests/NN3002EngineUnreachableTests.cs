using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Tests;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

public class NN3002EngineUnreachableTests
{
    private static ProbeResult ProbeUri(string uri) =>
        EngineProbe.ProbeAsync(new EngineEndpoint(new Uri(uri), "test"), ProbeTimeout, CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void Missing_socket_is_unreachable_info_in_auto_and_error_in_required()
    {
        var probe = ProbeUri("unix:///tmp/nn-no-such-engine.sock");

        Assert.Equal(ProbeFailure.Unreachable, probe.Failure);
        Assert.Equal(RuleSeverity.Info, Assert.Single(Evaluate(probe, ContainerOs.Linux)).Severity);
        var required = Assert.Single(Evaluate(probe, ContainerOs.Linux, EngineCheckMode.Required));
        Assert.Equal("NN3002", required.Id);
        Assert.Equal(RuleSeverity.Error, required.Severity);
    }

    [Fact]
    public void Closed_socket_is_unreachable()
    {
        var path = ReplayEngine.ClosedSocket();
        try
        {
            Assert.Equal(ProbeFailure.Unreachable, ProbeUri("unix://" + path).Failure);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Refused_tcp_port_is_unreachable()
    {
        // Port 9 (discard) on loopback: nothing listens here, so the connection is refused at once.
        Assert.Equal(ProbeFailure.Unreachable, ProbeUri("tcp://127.0.0.1:9").Failure);
    }
}
