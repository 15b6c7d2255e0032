using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.ContainerIpFromHostAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1103ContainerIpTests
{
    [Fact]
    public Task A_container_IP_the_host_process_connects_to_is_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;
        using Docker.DotNet.Models;
        class C
        {
            Uri Url(NetworkSettings settings) => new Uri("http://" + {|#0:settings.IPAddress|} + ":8080");
            HttpClient Client(EndpointSettings endpoint) => new HttpClient { BaseAddress = new Uri($"http://{{|#1:endpoint.IPAddress|}}:5000") };
            void Connect(NetworkSettings settings, HttpClient http)
            {
                new TcpClient().Connect({|#2:settings.IPAddress|}!, 6379);
                var address = IPAddress.Parse({|#3:settings.IPAddress|}!);
                _ = http.GetAsync($"http://{{|#4:settings.IPAddress|}}/health");
            }
        }
        """, BuildProperties.None, additionalFiles: null, DockerPackages.DockerDotNet,
        Verify.Diagnostic("NN1103").WithLocation(0).WithArguments("NetworkSettings.IPAddress"),
        Verify.Diagnostic("NN1103").WithLocation(1),
        Verify.Diagnostic("NN1103").WithLocation(2),
        Verify.Diagnostic("NN1103").WithLocation(3),
        Verify.Diagnostic("NN1103").WithLocation(4));

    [Fact]
    public Task Container_IPs_used_by_other_containers_or_asserted_are_not_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.IO;
        using Docker.DotNet.Models;
        class C
        {
            // testcontainers-dotnet: Kafka broker listeners, Couchbase node names, extra hosts, another container's environment.
            void Kafka(NetworkSettings container, TextWriter startupScript) =>
                startupScript.WriteLine("export KAFKA_ADVERTISED_LISTENERS=BROKER://" + container.IPAddress + ":9092");
            void Couchbase(NetworkSettings container, Dictionary<string, string?> content) => content.Add("hostname", container.IPAddress);
            string? IpAddress(NetworkSettings settings) => settings.IPAddress;
            Dictionary<string, string> Env(EndpointSettings other) => new() { ["REDIS_HOST"] = other.IPAddress! };
            bool Assigned(NetworkSettings settings) => !string.IsNullOrEmpty(settings.IPAddress);
        }
        """, BuildProperties.None, additionalFiles: null, DockerPackages.DockerDotNet);

    [Fact]
    public Task With_Docker_DotNet_Enhanced_the_address_is_read_from_the_network_s_endpoint() => Verify.VerifyAsync("""
        using System;
        using Docker.DotNet.Models;
        class C
        {
            // API 1.44+ (Docker.DotNet.Enhanced 4.x) has no NetworkSettings.IPAddress: the address is per network.
            Uri Url(ContainerInspectResponse container) => new Uri($"http://{{|#0:container.NetworkSettings.Networks["bridge"].IPAddress|}}:8080");
            string Peer(ContainerInspectResponse container) => container.NetworkSettings.Networks["bridge"].IPAddress;
        }
        """, BuildProperties.None, additionalFiles: null, DockerPackages.DockerDotNetEnhanced,
        Verify.Diagnostic("NN1103").WithLocation(0).WithArguments("EndpointSettings.IPAddress"));
}
