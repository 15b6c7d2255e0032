using NotNative.Analyzers.CSharp;
using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HostPathLiteralAnalyzer>;

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
                File.ReadAllText({|#0:@"C:\data\orders.json"|});
                Directory.CreateDirectory({|#1:"\\\\fileserver\\share\\logs"|});
                var stream = new FileStream({|#2:"/Users/dev/orders.db"|}, FileMode.Open);
                Load(path: {|#3:"D:/exports"|});
            }

            void Load(string path) { }
        }
        """;

    /// <summary>The four paths of <see cref="Source"/>; the message names the evidence for the container context.</summary>
    private static DiagnosticResult[] Expected(string evidence) => new[]
    {
        Verify.Diagnostic("NN1001").WithLocation(0).WithArguments(@"C:\data\orders.json", evidence),
        Verify.Diagnostic("NN1001").WithLocation(1).WithArguments(@"\\fileserver\share\logs", evidence),
        Verify.Diagnostic("NN1002").WithLocation(2).WithArguments("/Users/dev/orders.db", evidence),
        Verify.Diagnostic("NN1001").WithLocation(3).WithArguments("D:/exports", evidence),
    };

    [Fact]
    public Task Host_paths_are_reported_in_a_Linux_container_project() => Verify.VerifyAsync(Source, Expected("DockerDefaultTargetOS=Linux"));

    [Fact]
    public Task Nothing_is_reported_outside_a_container_context() =>
        Verify.VerifyAsync(Markup.Strip(Source), BuildProperties.None);

    [Fact]
    public Task NotNativeContainer_false_turns_the_rules_off() =>
        Verify.VerifyAsync(Markup.Strip(Source), BuildProperties.LinuxContainer.With("NotNativeContainer", "false"));

    [Fact]
    public Task A_Windows_target_is_not_a_Linux_container() =>
        Verify.VerifyAsync(Markup.Strip(Source), BuildProperties.Of("DockerDefaultTargetOS=Windows"));

    [Fact]
    public Task A_Linux_Dockerfile_among_the_additional_files_is_a_container_context() =>
        Verify.VerifyAsync(Source, BuildProperties.Of("NotNativeDockerfile=/src/Dockerfile"), new Dictionary<string, string> { ["/src/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n" }, references: null, Expected("its Dockerfile's final stage is Linux"));

    [Fact]
    public Task Cross_platform_paths_are_not_reported() => Verify.VerifyAsync("""
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
