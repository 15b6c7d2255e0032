using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>NN1001 (Windows paths) and NN1002 (Mac paths), and the container gate both ways.</summary>
public class NN1001HostPathTests
{
    private const string Source = """
        using System.IO;
        class C
        {
            void M()
            {
                File.ReadAllText({|NN1001:@"C:\data\orders.json"|});
                Directory.CreateDirectory({|NN1001:"\\\\fileserver\\share\\logs"|});
                var stream = new FileStream({|NN1002:"/Users/dev/orders.db"|}, FileMode.Open);
                Load(path: {|NN1001:"D:/exports"|});
            }

            void Load(string path) { }
        }
        """;

    [Fact]
    public Task Host_paths_are_reported_in_a_Linux_container_project() => VerifyAsync<HostPathLiteralAnalyzer>(Source);

    [Fact]
    public Task Nothing_is_reported_outside_a_container_context() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Parse(Source).Source, new Dictionary<string, string>());

    [Fact]
    public Task NotNativeContainer_false_turns_the_rules_off() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Parse(Source).Source, new() { ["build_property.DockerDefaultTargetOS"] = "Linux", ["build_property.NotNativeContainer"] = "false" });

    [Fact]
    public Task A_Windows_target_is_not_a_Linux_container() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Parse(Source).Source, new() { ["build_property.DockerDefaultTargetOS"] = "Windows" });

    [Fact]
    public Task A_Linux_Dockerfile_among_the_additional_files_is_a_container_context() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Source, new() { ["build_property.NotNativeDockerfile"] = "/src/Dockerfile" }, new() { ["/src/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n" });

    [Fact]
    public Task Cross_platform_paths_are_not_reported() => VerifyAsync<HostPathLiteralAnalyzer>("""
        using System;
        using System.IO;
        class C
        {
            void M(string name)
            {
                File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "orders.json"));
                File.ReadAllText("/app/data/orders.json");
                File.ReadAllText("data/orders.json");
                Console.WriteLine(@"C:\ is the Windows drive");
                var label = "/Users/ is where a Mac keeps homes";
            }
        }
        """);
}
