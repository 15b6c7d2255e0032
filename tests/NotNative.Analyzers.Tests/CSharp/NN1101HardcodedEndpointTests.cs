using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1101HardcodedEndpointTests
{
    [Fact]
    public Task A_literal_endpoint_that_creates_the_client_is_reported() => VerifyAsync<HardcodedEngineEndpointAnalyzer>("""
        using System;
        using Docker.DotNet;
        class C
        {
            static readonly Uri Socket = new Uri({|NN1101:"unix:/var/run/docker.sock"|});

            DockerClient Poc() => new DockerClientConfiguration(new Uri({|NN1101:"unix:///var/run/docker.sock"|})).CreateClient();
            DockerClientConfiguration ByOs() => new DockerClientConfiguration(new Uri(OperatingSystem.IsWindows() ? {|NN1101:"npipe://./pipe/docker_engine"|} : {|NN1101:"unix:///var/run/docker.sock"|}));
            DockerClientConfiguration Field() => new DockerClientConfiguration(Socket);

            DockerClientConfiguration Local()
            {
                var endpoint = new Uri({|NN1101:"tcp://localhost:2375"|});
                return new DockerClientConfiguration(endpoint);
            }
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());

    [Fact]
    public Task Endpoints_with_resolution_around_them_and_test_data_are_not_reported() => VerifyAsync<HardcodedEngineEndpointAnalyzer>("""
        using System;
        using Docker.DotNet;
        class Resolver
        {
            // testcontainers-dotnet: platform defaults inside endpoint resolvers that read DOCKER_HOST first.
            Uri? GetDockerHost() => null;
            Uri Tls => GetDockerHost() ?? new Uri("tcp://localhost:2376");
            Uri Unix { get; } = new Uri("unix:///var/run/docker.sock");
            const string DockerSocketFilePath = "/var/run/docker.sock";

            DockerClientConfiguration FromEnvironment() =>
                new DockerClientConfiguration(new Uri(Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "unix:///var/run/docker.sock"));

            DockerClientConfiguration Resolved(Uri endpoint) => new DockerClientConfiguration(endpoint);

            // Endpoint-parser tests.
            static object[][] Cases => new[] { new object[] { "127.0.0.1", "unix:/var/run/docker.sock" }, new object[] { "npipe://./pipe/docker_engine" } };
            bool Parsed(Uri actual) => actual == new Uri("tcp://127.0.0.1:2375/");
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());

    [Fact]
    public async Task The_message_names_the_fix_of_the_original_Docker_DotNet()
    {
        var project = CreateProject("class C { object M() => new Docker.DotNet.DockerClientConfiguration(new System.Uri(\"unix:///var/run/docker.sock\")); }" + DockerStubs.Source, new());
        var diagnostic = Assert.Single(await DiagnosticsAsync(project, new HardcodedEngineEndpointAnalyzer()));
        Assert.Contains("Environment.GetEnvironmentVariable(\"DOCKER_HOST\")", diagnostic.GetMessage());
        Assert.DoesNotContain("DockerClientBuilder()", diagnostic.GetMessage());
    }

    [Fact]
    public async Task The_message_names_the_builder_of_Docker_DotNet_Enhanced()
    {
        var project = CreateProject("""
            class C { object M() => new Docker.DotNet.DockerClientBuilder().WithEndpoint(new System.Uri("npipe://./pipe/docker_engine")); }
            namespace Docker.DotNet { public class DockerClientBuilder { public DockerClientBuilder WithEndpoint(System.Uri endpoint) => this; } }
            """, new());
        var diagnostic = Assert.Single(await DiagnosticsAsync(project, new HardcodedEngineEndpointAnalyzer()));
        Assert.Contains("new DockerClientBuilder()", diagnostic.GetMessage());
    }

    [Fact]
    public void The_builder_the_message_names_reads_DOCKER_HOST()
    {
        // The fix the Docker.DotNet.Enhanced message names, run against the real package (no engine is contacted).
        var saved = Environment.GetEnvironmentVariable("DOCKER_HOST");
        try
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", "tcp://engine.example.invalid:2375");
            using var client = new Docker.DotNet.DockerClientBuilder().Build();
            Assert.Equal(new Uri("tcp://engine.example.invalid:2375/"), client.Options.Endpoint);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", saved);
        }
    }

    [Fact]
    public Task Nothing_is_reported_where_no_Docker_client_is_used() => VerifyAsync<HardcodedEngineEndpointAnalyzer>("""
        class C { const string Doc = "unix:///var/run/docker.sock"; }
        """, new Dictionary<string, string>());
}
