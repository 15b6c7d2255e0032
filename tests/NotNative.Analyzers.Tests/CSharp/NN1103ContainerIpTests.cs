using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1103ContainerIpTests
{
    [Fact]
    public Task A_container_IP_the_host_process_connects_to_is_reported() => VerifyAsync<ContainerIpFromHostAnalyzer>("""
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;
        using Docker.DotNet.Models;
        class C
        {
            Uri Url(NetworkSettings settings) => new Uri("http://" + {|NN1103:settings.IPAddress|} + ":8080");
            HttpClient Client(EndpointSettings endpoint) => new HttpClient { BaseAddress = new Uri($"http://{{|NN1103:endpoint.IPAddress|}}:5000") };
            void Connect(NetworkSettings settings, HttpClient http)
            {
                new TcpClient().Connect({|NN1103:settings.IPAddress|}!, 6379);
                var address = IPAddress.Parse({|NN1103:settings.IPAddress|}!);
                _ = http.GetAsync($"http://{{|NN1103:settings.IPAddress|}}/health");
            }
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());

    [Fact]
    public Task Container_IPs_used_by_other_containers_or_asserted_are_not_reported() => VerifyAsync<ContainerIpFromHostAnalyzer>("""
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
        """ + DockerStubs.Source, new Dictionary<string, string>());
}
