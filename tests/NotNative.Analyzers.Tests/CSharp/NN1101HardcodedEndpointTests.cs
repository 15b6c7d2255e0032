using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HardcodedEngineEndpointAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1101HardcodedEndpointTests
{
    /// <summary>The fix the message names for the original Docker.DotNet 3.125 (DockerClientConfiguration).</summary>
    private const string ReadDockerHost = "Docker.DotNet 3.125's new DockerClientConfiguration() ignores DOCKER_HOST, so read it: new DockerClientConfiguration(new Uri(Environment.GetEnvironmentVariable(\"DOCKER_HOST\") ?? \"unix:///var/run/docker.sock\")), or move to Docker.DotNet.Enhanced, whose DockerClientBuilder resolves it like the docker CLI";

    [Fact]
    public Task A_literal_endpoint_that_creates_the_client_is_reported() => Verify.VerifyAsync("""
        using System;
        using Docker.DotNet;
        class C
        {
            static readonly Uri Socket = new Uri({|#0:"unix:/var/run/docker.sock"|});

            DockerClient Poc() => new DockerClientConfiguration(new Uri({|#1:"unix:///var/run/docker.sock"|})).CreateClient();
            DockerClientConfiguration ByOs() => new DockerClientConfiguration(new Uri(OperatingSystem.IsWindows() ? {|#2:"npipe://./pipe/docker_engine"|} : {|#3:"unix:///var/run/docker.sock"|}));
            DockerClientConfiguration Field() => new DockerClientConfiguration(Socket);

            DockerClientConfiguration Local()
            {
                var endpoint = new Uri({|#4:"tcp://localhost:2375"|});
                return new DockerClientConfiguration(endpoint);
            }
        }
        """, BuildProperties.None, additionalFiles: null, DockerPackages.DockerDotNet,
        Verify.Diagnostic("NN1101").WithLocation(0).WithArguments("unix:/var/run/docker.sock", ReadDockerHost),
        Verify.Diagnostic("NN1101").WithLocation(1),
        Verify.Diagnostic("NN1101").WithLocation(2),
        Verify.Diagnostic("NN1101").WithLocation(3),
        Verify.Diagnostic("NN1101").WithLocation(4));

    [Fact]
    public Task Endpoints_with_resolution_around_them_and_test_data_are_not_reported() => Verify.VerifyAsync("""
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
        """, BuildProperties.None, additionalFiles: null, DockerPackages.DockerDotNet);

    [Fact]
    public Task The_message_names_the_fix_of_the_original_Docker_DotNet() => Verify.VerifyAsync(
        "class C { object M() => new Docker.DotNet.DockerClientConfiguration(new System.Uri({|#0:\"unix:///var/run/docker.sock\"|})); }",
        BuildProperties.None,
        additionalFiles: null,
        DockerPackages.DockerDotNet,
        Verify.Diagnostic("NN1101").WithLocation(0).WithArguments("unix:///var/run/docker.sock", ReadDockerHost));

    [Fact]
    public Task The_message_names_the_builder_of_Docker_DotNet_Enhanced() => Verify.VerifyAsync("""
        class C { object M() => new Docker.DotNet.DockerClientBuilder().WithEndpoint(new System.Uri({|#0:"npipe://./pipe/docker_engine"|})); }
        """,
        BuildProperties.None,
        additionalFiles: null,
        DockerPackages.DockerDotNetEnhanced,
        Verify.Diagnostic("NN1101").WithLocation(0).WithArguments("npipe://./pipe/docker_engine", "Let the client resolve it: new DockerClientBuilder().Build() reads DOCKER_HOST and the docker context"));

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
    public Task Nothing_is_reported_where_no_Docker_client_is_used() => Verify.VerifyAsync("""
        class C { const string Doc = "unix:///var/run/docker.sock"; }
        """, BuildProperties.None);
}
