using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HostNetworkModeAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1104HostNetworkTests
{
    [Fact]
    public Task Host_network_mode_is_reported() => Verify.VerifyAsync("""
        using Docker.DotNet.Models;
        using DotNet.Testcontainers.Builders;
        class C
        {
            HostConfig Config() => new HostConfig { {|#0:NetworkMode = "host"|} };
            HostConfig Bridge() => new HostConfig { NetworkMode = "bridge" };
            ContainerBuilder B() => new ContainerBuilder().WithNetwork({|#1:"host"|});
        }
        """, BuildProperties.None, additionalFiles: null, DockerPackages.Testcontainers,
        Verify.Diagnostic("NN1104").WithLocation(0).WithArguments("NetworkMode = \"host\""),
        Verify.Diagnostic("NN1104").WithLocation(1));

    [Fact]
    public Task A_type_of_the_project_that_shares_a_Docker_name_is_not_Docker_s() => Verify.VerifyAsync("""
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
        """, BuildProperties.None, additionalFiles: null, DockerPackages.Testcontainers);
}
