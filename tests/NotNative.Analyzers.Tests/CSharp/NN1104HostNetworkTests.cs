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

    [Fact]
    public Task A_type_of_the_project_that_shares_a_Docker_name_is_not_Docker_s() => VerifyAsync<HostNetworkModeAnalyzer>("""
        namespace Orders.Settings
        {
            class HostConfig { public string? NetworkMode { get; set; } }
            class Builder { public Builder WithNetwork(string name) => this; }
            class C
            {
                HostConfig Config() => new HostConfig { NetworkMode = "host" };
                Builder B() => new Builder().WithNetwork("host");
            }
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());
}
