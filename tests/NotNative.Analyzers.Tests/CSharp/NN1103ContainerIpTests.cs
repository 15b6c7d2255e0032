using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1103ContainerIpTests
{
    [Fact]
    public Task Container_IPs_are_reported() => VerifyAsync<ContainerIpFromHostAnalyzer>("""
        using Docker.DotNet.Models;
        class C
        {
            string Url(NetworkSettings settings, EndpointSettings endpoint) => "http://" + {|NN1103:settings.IPAddress|} + ":" + {|NN1103:endpoint.IPAddress|};
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());
}
