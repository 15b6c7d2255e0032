using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HostSpecificBindMountAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1102BindMountTests
{
    [Fact]
    public Task Windows_and_Mac_bind_sources_are_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        using DotNet.Testcontainers.Builders;
        class C
        {
            HostConfig Config() => new HostConfig
            {
                Binds = new List<string> { {|#0:@"C:\Users\dev\data:/data"|}, {|#1:"/Users/dev/src:/src:ro"|}, "/srv/data:/data" },
                Mounts = new List<Mount> { new Mount { Source = {|#2:@"D:\cache"|}, Target = "/cache" } },
            };

            ContainerBuilder Builder() => new ContainerBuilder().WithBindMount({|#3:"/Volumes/work/db"|}, "/db").WithBindMount(System.IO.Directory.GetCurrentDirectory(), "/src");
        }
        """, BuildProperties.None, additionalFiles: null, DockerPackages.Testcontainers,
        Verify.Diagnostic("NN1102").WithLocation(0).WithArguments(@"C:\Users\dev\data", "Windows PC"),
        Verify.Diagnostic("NN1102").WithLocation(1),
        Verify.Diagnostic("NN1102").WithLocation(2),
        Verify.Diagnostic("NN1102").WithLocation(3));

    [Fact]
    public Task Aspire_s_WithBindMount_extension_is_checked_on_its_source() => Verify.VerifyAsync("""
        using Aspire.Hosting;
        using Aspire.Hosting.ApplicationModel;
        class AppHost
        {
            void M(IResourceBuilder<ContainerResource> postgres)
            {
                postgres.WithBindMount({|#0:"/Users/dev/orders/data"|}, "/var/lib/postgresql/data");
                postgres.WithBindMount({|#1:@"C:\orders\init"|}, "/docker-entrypoint-initdb.d", isReadOnly: true);
                ContainerResourceBuilderExtensions.WithBindMount(postgres, {|#2:"/Users/dev/conf"|}, "/etc/conf");
                // aspire-samples: paths relative to the app host, and a target that looks like a Mac path.
                postgres.WithBindMount("../DatabaseContainers.ApiService/data/postgres", "/docker-entrypoint-initdb.d");
                postgres.WithBindMount("./ginapp", "/Users/app");
            }
        }
        """, BuildProperties.None, additionalFiles: null, references: null, new[] { DockerPackages.AspireHosting },
        Verify.Diagnostic("NN1102").WithLocation(0).WithArguments("/Users/dev/orders/data", "Mac"),
        Verify.Diagnostic("NN1102").WithLocation(1).WithArguments(@"C:\orders\init", "Windows PC"),
        Verify.Diagnostic("NN1102").WithLocation(2).WithArguments("/Users/dev/conf", "Mac"));

    [Fact]
    public Task A_WithBindMount_or_Mount_of_the_project_is_not_Docker_s() => Verify.VerifyAsync("""
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
        """, BuildProperties.None, additionalFiles: null, DockerPackages.Testcontainers);

    [Fact]
    public Task A_bind_shaped_literal_is_checked_where_it_is_assigned_to_Binds_only() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            // docker run's -v argument and a log line: not HostConfig.Binds, so not this rule's (and not looked at).
            string[] Args() => new[] { "run", "-v", @"C:\Users\dev\data:/data", "alpine" };
            string Log() => "mounted /Users/dev/src:/src";

            HostConfig Config() => new HostConfig { Binds = [{|#0:"/Users/dev/src:/src:ro"|}] };
        }
        """, BuildProperties.None, additionalFiles: null, DockerPackages.Testcontainers,
        Verify.Diagnostic("NN1102").WithLocation(0).WithArguments("/Users/dev/src", "Mac"));
}
