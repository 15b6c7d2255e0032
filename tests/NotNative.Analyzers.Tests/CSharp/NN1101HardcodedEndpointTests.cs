using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1101HardcodedEndpointTests
{
    [Fact]
    public Task Hard_coded_endpoints_are_reported_in_code_that_drives_Docker() => VerifyAsync<HardcodedEngineEndpointAnalyzer>("""
        using System;
        using Docker.DotNet;
        class C
        {
            DockerClientConfiguration M() => new DockerClientConfiguration(new Uri(OperatingSystem.IsWindows() ? {|NN1101:"npipe://./pipe/docker_engine"|} : {|NN1101:"unix:///var/run/docker.sock"|}));
            Uri Tcp = new Uri({|NN1101:"tcp://localhost:2375"|});
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());

    [Fact]
    public Task Nothing_is_reported_where_no_Docker_client_is_used() => VerifyAsync<HardcodedEngineEndpointAnalyzer>("""
        class C { const string Doc = "unix:///var/run/docker.sock"; }
        """, new Dictionary<string, string>());
}
