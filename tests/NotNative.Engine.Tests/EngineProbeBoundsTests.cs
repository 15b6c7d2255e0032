using System.Net.Sockets;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Tests;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

/// <summary>What bounds a probe: one deadline over connect and answer, the caller's cancellation, a size cap, no redirects.</summary>
public class EngineProbeBoundsTests
{
    [Fact]
    public async Task A_connect_that_never_completes_ends_at_the_timeout_as_NN9003()
    {
        var held = new List<Socket>();
        try
        {
            var uri = ReplayEngine.UnacceptingTcpPort(held);
            var probe = EngineProbe.ProbeAsync(new EngineEndpoint(uri, "test"), TimeSpan.FromMilliseconds(500), CancellationToken.None);

            // Bounded wait: before the fix the connect ran on for the kernel's SYN retries (over two minutes).
            var result = await probe.WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Equal(ProbeFailure.Timeout, result.Failure);
            Assert.Equal("NN9003", Assert.Single(Evaluate(result, ContainerOs.Linux)).Id);
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Cancelling_ends_a_hanging_connect_at_once()
    {
        var held = new List<Socket>();
        try
        {
            var uri = ReplayEngine.UnacceptingTcpPort(held);
            using var cancel = new CancellationTokenSource();
            var probe = EngineProbe.ProbeAsync(new EngineEndpoint(uri, "test"), TimeSpan.FromMinutes(5), cancel.Token);
            cancel.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => probe.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task An_endless_chunked_answer_fails_fast_with_NN9003()
    {
        using var engine = new ReplayEngine("{}", behaviour: ReplayEngine.Behaviour.EndlessChunked);
        var result = await EngineProbe.ProbeAsync(new EngineEndpoint(engine.Uri, "test"), TimeSpan.FromMinutes(2), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ProbeFailure.Unusable, result.Failure);
        Assert.Contains("larger than 4 MiB", result.Detail);
        Assert.Equal("NN9003", Assert.Single(Evaluate(result, ContainerOs.Linux, EngineCheckMode.Required)).Id);
    }

    [Fact]
    public void A_redirect_is_not_followed()
    {
        using var target = new ReplayEngine(ReplayEngine.Payload("windows-server-2022.info.json"), plainTcp: true);
        using var engine = new ReplayEngine("{}", behaviour: ReplayEngine.Behaviour.Redirect) { RedirectTo = "http://" + target.Uri.Authority + "/info" };

        var result = Probe(engine);

        Assert.Equal(ProbeFailure.Unusable, result.Failure);
        Assert.Contains("does not follow", result.Detail);
        Assert.Empty(target.RequestedPaths);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"OSType\":\"\"}")]
    public void An_engine_answering_null_is_NN9003_under_required(string info)
    {
        using var engine = new ReplayEngine(info, version: "null");
        var result = Probe(engine);

        Assert.Equal(ProbeFailure.Unusable, result.Failure);
        var finding = Assert.Single(Evaluate(result, ContainerOs.Linux, EngineCheckMode.Required));
        Assert.Equal("NN9003", finding.Id);
    }

    [Fact]
    public void Engine_strings_cannot_forge_diagnostic_lines_or_terminal_escapes()
    {
        const string info = "{\"OSType\":\"windows\",\"OperatingSystem\":\"Windows\\r\\nDockerfile(1,1): error NN0000: forged\\u001b[2J\",\"KernelVersion\":\"10\\u2028x\",\"Architecture\":\"x86_64\"}";
        using var engine = new ReplayEngine(info);
        var result = Probe(engine);

        var message = Assert.Single(Evaluate(result, ContainerOs.Linux)).Message;
        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\u001b', message);
        Assert.DoesNotContain('\u2028', result.Facts!.KernelVersion);
        Assert.Contains("\\u000d\\u000a", message);
    }
}
