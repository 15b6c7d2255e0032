using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1104HostNetworkTests
{
    [Fact]
    public Task Host_network_mode_is_reported() => VerifyAsync<HostNetworkModeAnalyzer>("""
        using Docker.DotNet.Models;
        using DotNet.Testcontainers.Builders;
        class C
        {
            HostConfig Config() => new HostConfig { {|NN1104:NetworkMode = "host"|} };
            HostConfig Bridge() => new HostConfig { NetworkMode = "bridge" };
            ContainerBuilder B() => new ContainerBuilder().WithNetwork({|NN1104:"host"|});
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());
}
