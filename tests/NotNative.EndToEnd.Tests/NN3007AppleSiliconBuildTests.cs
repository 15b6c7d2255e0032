using System.Text.RegularExpressions;
using NotNative.Tests;

namespace NotNative.EndToEnd.Tests;

/// <summary>The packed package's build against a replayed Docker Desktop on an Apple Silicon Mac (issue 13's bar).</summary>
[Collection(PackageCollection.Name)]
public class NN3007AppleSiliconBuildTests(PackedPackage package)
{
    [Fact]
    public void An_amd64_only_download_fails_the_build_with_NN3007_naming_its_line_and_the_fixed_twin_builds_clean()
    {
        using var mac = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var engine = $"-p:NotNativeDockerHost={mac.Uri}";

        var broken = package.CreateProject("AmdOnlyKubectl",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\nCOPY bin/Release/net10.0/publish/ /app/\nENTRYPOINT [\"dotnet\", \"/app/AmdOnlyKubectl.dll\"]\n");
        var (brokenExit, brokenOutput) = Dotnet.Run(broken, "build", "--nologo", engine);
        Assert.NotEqual(0, brokenExit);
        Assert.True(Regex.IsMatch(brokenOutput, @"Dockerfile\(2,40,2,97\): error NN3007: The Docker engine at unix://\S+ \(NotNativeDockerHost\) is Docker Desktop on an arm64 Mac, but line 2 downloads or installs a build for amd64 only: 'RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl'"), brokenOutput);
        Assert.Contains("Download per architecture: ${TARGETARCH} in place of the architecture name", brokenOutput);
        Assert.DoesNotContain("MSB4018", brokenOutput);

        var twin = package.CreateProject("PerArchKubectl",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nARG TARGETARCH\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/${TARGETARCH}/kubectl\nCOPY bin/Release/net10.0/publish/ /app/\nENTRYPOINT [\"dotnet\", \"/app/PerArchKubectl.dll\"]\n");
        var (twinExit, twinOutput) = Dotnet.Run(twin, "build", "--nologo", engine);
        Assert.True(twinExit == 0, twinOutput);
        Assert.DoesNotContain("NN3007", twinOutput);
        Assert.DoesNotContain("warning NN", twinOutput);
        Assert.DoesNotContain("error NN", twinOutput);
    }

    [Fact]
    public void NotNativeTargetPlatform_linux_amd64_on_an_arm64_Mac_fails_a_runtime_stage_pinned_to_the_build_platform()
    {
        using var mac = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var folder = package.CreateProject("PinnedRuntime",
            "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH -o /app\nFROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\nENTRYPOINT [\"/app/PinnedRuntime\"]\n",
            "<NotNativeTargetPlatform>linux/amd64</NotNativeTargetPlatform>");

        var (exit, output) = Dotnet.Run(folder, "build", "--nologo", $"-p:NotNativeDockerHost={mac.Uri}");
        Assert.NotEqual(0, exit);
        Assert.True(Regex.IsMatch(output, @"Dockerfile\(4,6,4,31\): error NN3007: NotNativeTargetPlatform 'linux/amd64' builds the image for amd64, but the Docker engine at \S+ \(NotNativeDockerHost\) is Docker Desktop on an arm64 Mac: line 4 pins a stage"), output);

        var (invalidExit, invalidOutput) = Dotnet.Run(folder, "build", "--nologo", $"-p:NotNativeDockerHost={mac.Uri}", "-p:NotNativeTargetPlatform=macos");
        Assert.NotEqual(0, invalidExit);
        Assert.Contains("error NN9002: NotNativeTargetPlatform is 'macos'", invalidOutput);
    }
}
