using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>
/// The target-OS precedence (docs/target-os.md), tested once, by data: a set of MSBuild properties, the OS, the
/// setting named in messages and the reason. The analyzer, the C# container context, the task and the CLI all call it.
/// </summary>
public class TargetOsTests
{
    private const string Nanoserver = "mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2022";

    public static TheoryData<string, ContainerOs, string, string> Cases() => new()
    {
        // properties ("; "-separated)                                                   OS                   source                        reason
        { "",                                                                             ContainerOs.Linux,   "default",                    "default" },
        { "NotNativeTargetOS=windows; DockerDefaultTargetOS=Linux",                       ContainerOs.Windows, "NotNativeTargetOS",          "NotNativeTargetOS=windows" },
        { "NotNativeTargetOS= Linux ; RuntimeIdentifier=win-x64; EnableSdkContainerSupport=true", ContainerOs.Linux, "NotNativeTargetOS",   "NotNativeTargetOS=Linux" },
        { "NotNativeTargetOS=macos; DockerDefaultTargetOS=Windows",                       ContainerOs.Windows, "DockerDefaultTargetOS",      "DockerDefaultTargetOS=Windows" },
        { "DockerDefaultTargetOS=Linux; ContainerRuntimeIdentifier=win-x64",              ContainerOs.Linux,   "DockerDefaultTargetOS",      "DockerDefaultTargetOS=Linux" },
        { "DockerDefaultTargetOS=foo",                                                    ContainerOs.Linux,   "default",                    "default" },
        // SDK container publishing: the container RID, which replaces RuntimeIdentifier when set.
        { "EnableSdkContainerSupport=true; RuntimeIdentifier=win-x64",                    ContainerOs.Windows, "RuntimeIdentifier",          "RuntimeIdentifier=win-x64" },
        { "EnableSdkContainerSupport=true; ContainerRuntimeIdentifier=linux-arm64; RuntimeIdentifier=win-x64", ContainerOs.Linux, "ContainerRuntimeIdentifier", "ContainerRuntimeIdentifier=linux-arm64" },
        { "EnableSdkContainerSupport=true; ContainerRuntimeIdentifier=osx-arm64; RuntimeIdentifier=win-x64", ContainerOs.Linux, "default", "SDK container publishing's default RID (linux-<arch>)" },
        { "ContainerRuntimeIdentifier=osx-arm64; RuntimeIdentifier=win-x64",              ContainerOs.Linux,   "default",                    "SDK container publishing's default RID (linux-<arch>)" },
        { "ContainerRuntimeIdentifier=win10-x64",                                         ContainerOs.Windows, "ContainerRuntimeIdentifier", "ContainerRuntimeIdentifier=win10-x64" },
        { "RuntimeIdentifier=win-x64",                                                    ContainerOs.Linux,   "default",                    "default" },
        { "EnableSdkContainerSupport=false; RuntimeIdentifier=win-x64",                   ContainerOs.Linux,   "default",                    "default" },
        { "EnableSdkContainerSupport=true; RuntimeIdentifier=linux-musl-x64",             ContainerOs.Linux,   "RuntimeIdentifier",          "RuntimeIdentifier=linux-musl-x64" },
        // Then the base image, then the SDK's default when the user asked for SDK publishing.
        { "ContainerBaseImage=" + Nanoserver,                                             ContainerOs.Windows, "ContainerBaseImage",         "ContainerBaseImage=" + Nanoserver },
        { "ContainerBaseImage=" + Nanoserver + "; ContainerRuntimeIdentifier=linux-x64",  ContainerOs.Linux,   "ContainerRuntimeIdentifier", "ContainerRuntimeIdentifier=linux-x64" },
        { "ContainerRepository=orders; RuntimeIdentifier=win-x64",                        ContainerOs.Windows, "RuntimeIdentifier",          "RuntimeIdentifier=win-x64" },
        { "PublishProfile=DefaultContainer",                                              ContainerOs.Linux,   "default",                    "SDK container publishing's default RID (linux-<arch>)" },
        { "WebPublishMethod=Container; RuntimeIdentifier=win-x86",                        ContainerOs.Windows, "RuntimeIdentifier",          "RuntimeIdentifier=win-x86" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_first_step_that_tells_decides(string properties, ContainerOs os, string source, string reason)
    {
        var decision = TargetOs.Resolve(Lookup(properties));

        Assert.Equal((os, source, reason), (decision.Os, decision.Source, decision.Reason));
    }

    public static TheoryData<string, ContainerOs?, ContainerOs, string> WithBuiltDockerfile() => new()
    {
        // The C# context passes the final stage of the Dockerfile the project builds: it comes after the SDK's settings.
        { "",                                                         ContainerOs.Windows, ContainerOs.Windows, "Dockerfile" },
        { "",                                                         ContainerOs.Unknown, ContainerOs.Linux,   "default" },
        { "",                                                         null,                ContainerOs.Linux,   "default" },
        { "NotNativeTargetOS=linux",                                  ContainerOs.Windows, ContainerOs.Linux,   "NotNativeTargetOS" },
        { "EnableSdkContainerSupport=true",                           ContainerOs.Windows, ContainerOs.Windows, "Dockerfile" },
        { "EnableSdkContainerSupport=true; RuntimeIdentifier=linux-x64", ContainerOs.Windows, ContainerOs.Linux, "RuntimeIdentifier" },
        { "ContainerRepository=orders",                               ContainerOs.Windows, ContainerOs.Linux,   "default" },
    };

    [Theory]
    [MemberData(nameof(WithBuiltDockerfile))]
    public void The_built_Dockerfile_decides_only_after_the_properties(string properties, ContainerOs? dockerfileOs, ContainerOs os, string source)
    {
        var decision = TargetOs.Resolve(Lookup(properties), () => dockerfileOs);

        Assert.Equal((os, source), (decision.Os, decision.Source));
    }

    [Fact]
    public void The_CLI_option_is_the_explicit_setting_and_is_named_in_messages()
    {
        var decision = TargetOs.Resolve(name => name == "--target-os" ? "windows" : null, explicitSetting: "--target-os");

        Assert.Equal((ContainerOs.Windows, "--target-os", "--target-os=windows"), (decision.Os, decision.Source, decision.Reason));
    }

    [Fact]
    public void The_properties_it_reads_are_listed_for_the_adapters_that_pass_them_on()
    {
        var asked = new HashSet<string>();
        TargetOs.Resolve(name => { asked.Add(name); return null; });

        Assert.Subset(new HashSet<string>(TargetOs.Properties), asked);
    }

    private static Func<string, string?> Lookup(string properties)
    {
        var values = properties.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
        return name => values.TryGetValue(name, out var value) ? value : null;
    }
}
