namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>Just enough of Docker.DotNet's and Testcontainers' shapes for the NN11xx rules to recognise them.</summary>
internal static class DockerStubs
{
    public const string Source = """

        namespace Docker.DotNet
        {
            public class DockerClientConfiguration { public DockerClientConfiguration(System.Uri endpoint) { } public DockerClient CreateClient() => new DockerClient(); }
            public class DockerClient { }
        }

        namespace Docker.DotNet.Models
        {
            public class HostConfig { public System.Collections.Generic.IList<string>? Binds { get; set; } public string? NetworkMode { get; set; } public System.Collections.Generic.IList<Mount>? Mounts { get; set; } }
            public class Mount { public string? Source { get; set; } public string? Target { get; set; } }
            public class NetworkSettings { public string? IPAddress { get; set; } }
            public class EndpointSettings { public string? IPAddress { get; set; } }
        }

        namespace DotNet.Testcontainers.Builders
        {
            public class ContainerBuilder
            {
                public ContainerBuilder WithBindMount(string source, string destination) => this;
                public ContainerBuilder WithNetwork(string name) => this;
            }
        }
        """;
}
