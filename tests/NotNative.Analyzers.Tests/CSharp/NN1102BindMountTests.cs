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
}
