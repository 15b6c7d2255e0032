using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HostPathLiteralAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>
/// The NN10xx rules act only where the project ships in a Linux container, from evidence the user put there;
/// the SDK's own defaults (EnableSdkContainerSupport=true for every executable) are not evidence.
/// </summary>
public class ContainerContextTests
{
    private const string Reported = """
        using System.IO;
        class C { string M() => File.ReadAllText({|#0:@"C:\data\orders.json"|}); }
        """;

    private static string Silent => Markup.Strip(Reported);

    private static IReadOnlyDictionary<string, string> Properties(params string[] pairs) => BuildProperties.Of(pairs);

    private static DiagnosticResult Expected(string evidence) => Verify.Diagnostic("NN1001").WithLocation(0).WithArguments(@"C:\data\orders.json", evidence);

    /// <summary>Each piece of evidence, and how the message names it.</summary>
    public static TheoryData<string, string> Evidence() => new()
    {
        { "DockerDefaultTargetOS=Linux", "DockerDefaultTargetOS=Linux" },
        { "ContainerRepository=contoso/orders", "SDK container publishing, ContainerRepository is set" },
        { "ContainerImageName=orders", "SDK container publishing, ContainerImageName is set" },
        { "ContainerBaseImage=mcr.microsoft.com/dotnet/aspnet:10.0", "SDK container publishing, ContainerBaseImage is set" },
        { "ContainerFamily=noble-chiseled", "SDK container publishing, ContainerFamily is set" },
        { "ContainerRuntimeIdentifier=linux-arm64", "SDK container publishing, ContainerRuntimeIdentifier is set" },
        { "PublishProfile=DefaultContainer", "a container publish profile" },
        { "WebPublishMethod=Container", "a container publish profile" },
        { "NotNativeContainer=true", "NotNativeContainer=true" },
    };

    [Theory]
    [MemberData(nameof(Evidence))]
    public Task Evidence_that_the_project_ships_in_a_Linux_container_turns_the_rules_on(string property, string evidence) =>
        Verify.VerifyAsync(Reported, Properties("EnableSdkContainerSupport=true", property), Expected(evidence));

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
        Verify.VerifyAsync(Silent, Properties(properties));

    [Fact]
    public Task A_test_project_that_says_NotNativeContainer_true_is_checked() =>
        Verify.VerifyAsync(Reported, Properties("IsTestProject=true", "IsPublishable=false", "NotNativeContainer=true"), Expected("NotNativeContainer=true"));

    [Fact]
    public Task The_Linux_Dockerfile_the_project_builds_is_evidence() =>
        Verify.VerifyAsync(Reported, Properties("NotNativeDockerfile=/src/Dockerfile"), new Dictionary<string, string> { ["/src/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n" }, references: null, Expected("its Dockerfile's final stage is Linux"));

    [Fact]
    public Task A_Dockerfile_the_project_does_not_build_is_not_evidence() =>
        Verify.VerifyAsync(Silent, Properties("NotNativeDockerfile=/src/Dockerfile.windows"), new Dictionary<string, string>
        {
            ["/src/Dockerfile.windows"] = "FROM mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2022\n",
            ["/src/tools/Dockerfile"] = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n",
        }, references: null);

    [Fact]
    public Task Dockerfiles_without_one_the_project_builds_are_not_evidence() =>
        Verify.VerifyAsync(Silent, BuildProperties.None, new Dictionary<string, string> { ["/src/samples/Dockerfile.alpine"] = "FROM alpine\n" }, references: null);

    [Fact]
    public Task The_container_RID_replaces_RuntimeIdentifier_as_in_the_target_OS_decision() =>
        Verify.VerifyAsync(Reported, Properties("EnableSdkContainerSupport=true", "ContainerRuntimeIdentifier=osx-arm64", "RuntimeIdentifier=win-x64"),
            Expected("SDK container publishing, ContainerRuntimeIdentifier is set"));
}
