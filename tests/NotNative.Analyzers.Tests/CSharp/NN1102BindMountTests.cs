using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1102BindMountTests
{
    [Fact]
    public Task Windows_and_Mac_bind_sources_are_reported() => VerifyAsync<HostSpecificBindMountAnalyzer>("""
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        using DotNet.Testcontainers.Builders;
        class C
        {
            HostConfig Config() => new HostConfig
            {
                Binds = new List<string> { {|NN1102:@"C:\Users\dev\data:/data"|}, {|NN1102:"/Users/dev/src:/src:ro"|}, "/srv/data:/data" },
                Mounts = new List<Mount> { new Mount { Source = {|NN1102:@"D:\cache"|}, Target = "/cache" } },
            };

            ContainerBuilder Builder() => new ContainerBuilder().WithBindMount({|NN1102:"/Volumes/work/db"|}, "/db").WithBindMount(System.IO.Directory.GetCurrentDirectory(), "/src");
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());

    [Fact]
    public Task Aspire_s_WithBindMount_extension_is_checked_on_its_source() => VerifyAsync<HostSpecificBindMountAnalyzer>("""
        using Aspire.Hosting;
        using Aspire.Hosting.ApplicationModel;
        class AppHost
        {
            void M(IResourceBuilder<object> postgres)
            {
                postgres.WithBindMount({|NN1102:"/Users/dev/orders/data"|}, "/var/lib/postgresql/data");
                postgres.WithBindMount({|NN1102:@"C:\orders\init"|}, "/docker-entrypoint-initdb.d", isReadOnly: true);
                ContainerResourceBuilderExtensions.WithBindMount(postgres, {|NN1102:"/Users/dev/conf"|}, "/etc/conf");
                // aspire-samples: paths relative to the app host, and a target that looks like a Mac path.
                postgres.WithBindMount("../DatabaseContainers.ApiService/data/postgres", "/docker-entrypoint-initdb.d");
                postgres.WithBindMount("./ginapp", "/Users/app");
            }
        }

        namespace Aspire.Hosting.ApplicationModel { public interface IResourceBuilder<T> { } }
        namespace Aspire.Hosting
        {
            using Aspire.Hosting.ApplicationModel;
            public static class ContainerResourceBuilderExtensions
            {
                public static IResourceBuilder<T> WithBindMount<T>(this IResourceBuilder<T> builder, string source, string target, bool isReadOnly = false) => builder;
            }
        }
        """, new Dictionary<string, string>());

    [Fact]
    public Task A_WithBindMount_or_Mount_of_the_project_is_not_Docker_s() => VerifyAsync<HostSpecificBindMountAnalyzer>("""
        namespace Orders.Storage
        {
            class Mount { public string? Source { get; set; } }
            static class Mounts { public static Mount WithBindMount(string source, string target) => new Mount { Source = source }; }
            class C
            {
                Mount M() => new Mount { Source = @"D:\cache" };
                Mount N() => Mounts.WithBindMount("/Users/dev/data", "/data");
            }
        }
        """ + DockerStubs.Source, new Dictionary<string, string>());
}
