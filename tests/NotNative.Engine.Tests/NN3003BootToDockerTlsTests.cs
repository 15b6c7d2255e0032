using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Tests;

namespace NotNative.Engine.Tests;

/// <summary>docker-machine's Boot2Docker, replayed behind TLS with client certificates, as DOCKER_TLS_VERIFY and DOCKER_CERT_PATH describe it.</summary>
public class NN3003BootToDockerTlsTests
{
    [Fact]
    public async Task Boot2Docker_behind_TLS_is_reached_with_the_client_certificate_and_recognised_as_a_VM()
    {
        using var certificates = new TestCertificates();
        using var engine = new ReplayEngine(ReplayEngine.Payload("boot2docker.info.json"), certificates.Server, certificates.Ca);
        var environment = new Dictionary<string, string>
        {
            ["DOCKER_HOST"] = engine.Uri.ToString(),
            ["DOCKER_TLS_VERIFY"] = "1",
            ["DOCKER_CERT_PATH"] = certificates.Directory,
        };
        var endpoint = new EndpointResolver(name => environment.TryGetValue(name, out var value) ? value : null).Resolve().Endpoint!;

        var probe = await EngineProbe.ProbeAsync(endpoint, EngineTestKit.ProbeTimeout, CancellationToken.None);

        Assert.Equal(ProbeFailure.None, probe.Failure);
        Assert.Equal(EngineHost.DockerMachine, probe.Facts!.Host);
        Assert.Equal(ContainerOs.Linux, probe.Facts.Os);
        Assert.Equal(1, engine.AcceptedClients);
        var findings = EngineChecks.Evaluate(probe, EngineCheckMode.Auto, EngineTestKit.Expect(ContainerOs.Linux)).ToList();
        Assert.Equal("NN3003", Assert.Single(findings).Id);
        Assert.DoesNotContain(findings, f => f.Message.Contains("PRIVATE KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_engine_whose_certificate_the_CA_did_not_sign_gives_NN9003_not_a_crash()
    {
        using var trusted = new TestCertificates();
        using var other = new TestCertificates();
        using var engine = new ReplayEngine(ReplayEngine.Payload("boot2docker.info.json"), other.Server, other.Ca);
        var endpoint = new EngineEndpoint(engine.Uri, "DOCKER_HOST", new EngineTls(Verify: true, trusted.Directory));

        var probe = await EngineProbe.ProbeAsync(endpoint, EngineTestKit.ProbeTimeout, CancellationToken.None);

        Assert.NotEqual(ProbeFailure.None, probe.Failure);
        Assert.Equal("NN9003", Assert.Single(EngineChecks.Evaluate(probe, EngineCheckMode.Auto, EngineTestKit.Expect(ContainerOs.Linux))).Id);
    }
}
