using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2016DotNetSdkStageEmulatedTests
{
    // Reduced from docker/buildx#1639 and dotnet/dotnet-docker#5355: the SDK stage is built for the target, so building
    // linux/amd64 on an Apple Silicon Mac (or arm64 on an amd64 runner) runs `dotnet restore` under QEMU.
    private const string Unpinned =
        "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\n" +
        "WORKDIR /src\n" +
        "COPY . .\n" +
        "RUN dotnet restore\n" +
        "\n" +
        "FROM build AS publish\n" +
        "RUN dotnet publish -c Release -o /app/publish\n" +
        "\n" +
        "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n" +
        "COPY --from=publish /app/publish .\n" +
        "ENTRYPOINT [\"dotnet\", \"App.dll\"]\n";

    [Fact]
    public void Unpinned_SDK_stage_is_reported_once_on_its_image_as_info()
    {
        var diagnostic = Assert.Single(Lint.Run(Unpinned));
        Assert.Equal("NN2016", diagnostic.Id);
        Assert.Equal(RuleSeverity.Info, diagnostic.Severity);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:8.0", Lint.At(Unpinned, diagnostic));
        Assert.Contains("QEMU", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(diagnostic.Fix);

        // The official samples' shape is clean.
        var pinned = Unpinned.Replace("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\n", "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nARG TARGETARCH\n", StringComparison.Ordinal)
            .Replace("RUN dotnet restore\n", "RUN dotnet restore -a $TARGETARCH\n", StringComparison.Ordinal);
        Assert.Empty(Lint.Run(pinned));
    }

    [Theory]
    [InlineData("FROM --platform=$TARGETPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build\nRUN dotnet publish -o /app\n\nFROM mcr.microsoft.com/dotnet/runtime:9.0-alpine\nCOPY --from=build /app .\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/nightly/sdk:10.0 AS build\nRUN [\"dotnet\", \"build\", \"-o\", \"/app\"]\n\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app .\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n")]
    public void SDK_stages_built_for_the_target_are_reported(string dockerfile)
    {
        Assert.Single(Lint.Only("NN2016", dockerfile));
    }

    [Theory]
    // Native AOT compiles with the target's toolchain (dotnet-docker samples/releasesapi/Dockerfile).
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build\nRUN dotnet publish -o /app releasesapi.csproj\n\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled\nCOPY --link --from=build /app .\nENTRYPOINT [\"./releasesapi\"]\n")]
    // A variant Dockerfile for one architecture (NN2010 speaks of a constant pin).
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build\nRUN dotnet publish -r linux-musl-x64 --self-contained true -o /app\n\nFROM mcr.microsoft.com/dotnet/runtime-deps:9.0-alpine-amd64\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n")]
    // The SDK is the image (a test or dev image): pinning it would give the image the build machine's architecture.
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet build\nENTRYPOINT [\"dotnet\", \"test\"]\n")]
    // A stage the image does not use, an SDK stage that runs no dotnet command, a Windows SDK stage.
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS unused\nRUN dotnet publish -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY app /app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS tools\nRUN echo hi > /hi\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=tools /hi /hi\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app .\n")]
    public void Pinned_AOT_variant_and_image_SDK_stages_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2016", dockerfile));
    }

    [Fact]
    public void Windows_SDK_stage_is_not_reported()
    {
        Assert.Empty(Lint.Only("NN2016",
            "FROM mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022 AS build\nRUN dotnet publish -o C:\\app\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nCOPY --from=build C:\\app .\n",
            Semantics.ContainerOs.Windows));
    }
}
