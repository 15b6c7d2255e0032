using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>
/// The NN10xx rules act only where the project ships in a Linux container, from evidence the user put there;
/// the SDK's own defaults (EnableSdkContainerSupport=true for every executable) are not evidence.
/// </summary>
public class ContainerContextTests
{
    private const string Reported = """
        using System.IO;
        class C { string M() => File.ReadAllText({|NN1001:@"C:\data\orders.json"|}); }
        """;

    private static string Silent => Parse(Reported).Source;

    private static Dictionary<string, string> Properties(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => "build_property." + p[0], p => p[1]);

    public static TheoryData<string> Evidence() => new()
    {
        "DockerDefaultTargetOS=Linux",
        "ContainerRepository=contoso/orders",
        "ContainerImageName=orders",
        "ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0",
        "ContainerFamily=noble-chiseled",
        "ContainerRuntimeIdentifier=linux-arm64",
        "PublishProfile=DefaultContainer",
        "WebPublishMethod=Container",
        "NotNativeContainer=true",
    };

    [Theory]
    [MemberData(nameof(Evidence))]
    public Task Evidence_that_the_project_ships_in_a_Linux_container_turns_the_rules_on(string property) =>
        VerifyAsync<HostPathLiteralAnalyzer>(Reported, Properties("EnableSdkContainerSupport=true", property));

    public static TheoryData<string[]> NoEvidence() => new()
    {
        // What the SDK sets for every console app, test project and desktop app.
        new[] { "EnableSdkContainerSupport=true", "OutputType=Exe" },
        new[] { "EnableSdkContainerSupport=true", "RuntimeIdentifier=linux-x64" },
        new[] { "EnableSdkContainerSupport=true", "IsTestProject=true", "DockerDefaultTargetOS=Linux" },
        new[] { "IsPublishable=false", "ContainerRepository=orders" },
        new[] { "IsTestProject=true", "NotNativeTargetOS=linux" },
        new[] { "NotNativeTargetOS=linux" },
        new[] { "ContainerRuntimeIdentifier=win-x64" },
        new[] { "ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2022" },
        new[] { "ContainerRepository=orders", "NotNativeTargetOS=windows" },
        new[] { "DockerDefaultTargetOS=Linux", "NotNativeContainer=false" },
    };

    [Theory]
    [MemberData(nameof(NoEvidence))]
    public Task Without_evidence_nothing_is_reported(string[] properties) =>
        VerifyAsync<HostPathLiteralAnalyzer>(Silent, Properties(properties));

    [Fact]
    public Task A_test_project_that_says_NotNativeContainer_true_is_checked() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Reported, Properties("IsTestProject=true", "IsPublishable=false", "NotNativeContainer=true"));

    [Fact]
    public Task The_Linux_Dockerfile_the_project_builds_is_evidence() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Reported, Properties("NotNativeDockerfile=/src/Dockerfile"), new() { ["/src/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n" });

    [Fact]
    public Task A_Dockerfile_the_project_does_not_build_is_not_evidence() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Silent, Properties("NotNativeDockerfile=/src/Dockerfile.windows"), new()
        {
            ["/src/Dockerfile.windows"] = "FROM mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2022\n",
            ["/src/tools/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n",
        });

    [Fact]
    public Task Dockerfiles_without_one_the_project_builds_are_not_evidence() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Silent, new Dictionary<string, string>(), new() { ["/src/samples/Dockerfile.alpine"] = "FROM alpine\n" });

    [Fact]
    public Task The_container_RID_replaces_RuntimeIdentifier_as_in_the_target_OS_decision() =>
        VerifyAsync<HostPathLiteralAnalyzer>(Reported, Properties("EnableSdkContainerSupport=true", "ContainerRuntimeIdentifier=osx-arm64", "RuntimeIdentifier=win-x64"));
}
