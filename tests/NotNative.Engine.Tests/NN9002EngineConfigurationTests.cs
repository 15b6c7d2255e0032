using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Tests;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

/// <summary>Engine settings no client can use are configuration errors (NN9002), never "no engine answered"; https:// is never plain HTTP.</summary>
public class NN9002EngineConfigurationTests
{
    private static EndpointResolution Resolve(Dictionary<string, string> environment, bool windows = false) =>
        new EndpointResolver(name => environment.TryGetValue(name, out var value) ? value : null, Path.GetTempPath(), windows, _ => true).Resolve();

    [Fact]
    public async Task Missing_TLS_files_with_DOCKER_TLS_VERIFY_are_NN9002()
    {
        using var engine = new ReplayEngine("{}", plainTcp: true);
        var empty = Directory.CreateTempSubdirectory("nn-no-certs-").FullName;
        try
        {
            var endpoint = Resolve(new() { ["DOCKER_HOST"] = engine.Uri.ToString(), ["DOCKER_TLS_VERIFY"] = "1", ["DOCKER_CERT_PATH"] = empty }).Endpoint!;
            var probe = await EngineProbe.ProbeAsync(endpoint, ProbeTimeout, CancellationToken.None);

            Assert.Equal(ProbeFailure.Configuration, probe.Failure);
            Assert.Contains("ca.pem", probe.Detail);
            var finding = Assert.Single(Evaluate(probe, ContainerOs.Linux));
            Assert.Equal("NN9002", finding.Id);
            Assert.Equal(RuleSeverity.Warning, finding.Severity);
            Assert.Equal(RuleSeverity.Error, Assert.Single(Evaluate(probe, ContainerOs.Linux, EngineCheckMode.Required)).Severity);
            Assert.Empty(engine.RequestedPaths);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task TLS_files_that_are_FIFOs_or_dev_zero_are_NN9002_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var certificates = new TestCertificates();
        File.Delete(Path.Combine(certificates.Directory, "ca.pem"));
        File.Delete(Path.Combine(certificates.Directory, "key.pem"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(certificates.Directory, "ca.pem")))
        {
            await mkfifo.WaitForExitAsync();
        }

        File.CreateSymbolicLink(Path.Combine(certificates.Directory, "key.pem"), "/dev/zero");
        var endpoint = new EngineEndpoint(new Uri("tcp://127.0.0.1:9"), "DOCKER_HOST", new EngineTls(Verify: true, certificates.Directory));

        var probe = await EngineProbe.ProbeAsync(endpoint, ProbeTimeout, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ProbeFailure.Configuration, probe.Failure);
        Assert.Contains("not a regular file", probe.Detail);
    }

    [Fact]
    public async Task Https_is_never_sent_as_plain_HTTP()
    {
        // A plain-HTTP engine behind an https:// DOCKER_HOST: the old client downgraded and accepted its answer.
        using var engine = new ReplayEngine(ReplayEngine.Payload("windows-server-2022.info.json"), plainTcp: true);
        var endpoint = Resolve(new() { ["DOCKER_HOST"] = "https://" + engine.Uri.Authority }).Endpoint!;

        Assert.NotNull(endpoint.Tls);
        var probe = await EngineProbe.ProbeAsync(endpoint, TimeSpan.FromMilliseconds(1500), CancellationToken.None);

        Assert.NotEqual(ProbeFailure.None, probe.Failure);
        Assert.Empty(engine.RequestedPaths);
    }

    [Fact]
    public async Task Https_with_the_TLS_folder_reaches_a_TLS_engine()
    {
        using var certificates = new TestCertificates();
        using var engine = new ReplayEngine(ReplayEngine.Payload("boot2docker.info.json"), certificates.Server, certificates.Ca);
        var endpoint = Resolve(new() { ["DOCKER_HOST"] = "https://" + engine.Uri.Authority, ["DOCKER_TLS_VERIFY"] = "1", ["DOCKER_CERT_PATH"] = certificates.Directory }).Endpoint!;

        var probe = await EngineProbe.ProbeAsync(endpoint, ProbeTimeout, CancellationToken.None);

        Assert.Equal(ProbeFailure.None, probe.Failure);
        Assert.Equal(1, engine.AcceptedClients);
    }

    [Fact]
    public void Npipe_on_Linux_says_named_pipes_exist_only_on_Windows()
    {
        var resolution = Resolve(new() { ["DOCKER_HOST"] = "npipe:////./pipe/docker_engine" });
        Assert.Null(resolution.Endpoint);
        Assert.Contains("named pipes exist only on Windows", resolution.Error);
        Assert.NotNull(Resolve(new() { ["DOCKER_HOST"] = "npipe:////./pipe/docker_engine" }, windows: true).Endpoint);
    }
}
