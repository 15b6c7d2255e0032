namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2015HardcodedDotNetArchitectureTests
{
    // Reduced from dotnet/dotnet-docker#3063: an x64 self-contained app in a stage that is not pinned to amd64.
    private const string Issue3063 =
        "FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\n" +
        "WORKDIR /source\n" +
        "COPY . .\n" +
        "RUN dotnet publish -c Release -o /app -r linux-x64 --self-contained true /p:PublishTrimmed=true\n" +
        "\n" +
        "FROM mcr.microsoft.com/dotnet/runtime-deps:6.0\n" +
        "WORKDIR /app\n" +
        "COPY --from=build /app .\n" +
        "ENTRYPOINT [\"./app\"]\n";

    [Fact]
    public void Hard_coded_RID_in_an_unpinned_stage_is_reported_and_fixed_to_TARGETARCH()
    {
        var diagnostic = Assert.Single(Lint.Only("NN2015", Issue3063));
        Assert.Equal("-r linux-x64", Lint.At(Issue3063, diagnostic));
        Assert.Contains("hard-codes the amd64 architecture in stage 'build'", diagnostic.Message, StringComparison.Ordinal);

        var fixedText = Lint.Fixed(Issue3063, diagnostic);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nARG TARGETARCH\nWORKDIR /source\n", fixedText, StringComparison.Ordinal);
        Assert.Contains("RUN dotnet publish -c Release -o /app -a $TARGETARCH --self-contained true", fixedText, StringComparison.Ordinal);
        Assert.Empty(Lint.Only("NN2015", fixedText));
    }

    [Theory]
    [InlineData("RUN dotnet publish -a x64 --self-contained -o /app\n", "-a x64")]
    [InlineData("RUN dotnet publish --runtime linux-arm64 -p:PublishSingleFile=true -o /app\n", "--runtime linux-arm64")]
    [InlineData("RUN [\"dotnet\", \"publish\", \"-r\", \"linux-x64\", \"--self-contained\", \"-o\", \"/app\"]\n", "\"-r\", \"linux-x64\"")]
    [InlineData("RUN dotnet restore -r linux-musl-x64 \\\n && dotnet publish -r linux-musl-x64 --no-restore --self-contained -o /app\n", "-r linux-musl-x64")]
    [InlineData("RUN dotnet publish /p:RuntimeIdentifier=linux-x64 /p:SelfContained=true -o /app\n", "/p:RuntimeIdentifier=linux-x64")]
    public void Hard_coded_architectures_are_reported(string run, string at)
    {
        var dockerfile = "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\n" + run + "\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n";
        var diagnostics = Lint.Only("NN2015", dockerfile);
        Assert.NotEmpty(diagnostics);
        Assert.Equal(at, Lint.At(dockerfile, diagnostics[0]));
        // A musl RID has no one-word TARGETARCH form, and an exec-form array is edited by hand: no automatic fix.
        var hasFix = !at.Contains("musl", StringComparison.Ordinal) && !at.Contains('"', StringComparison.Ordinal);
        Assert.Equal(hasFix, diagnostics[0].Fix != null);
        if (hasFix)
        {
            var fixedText = Lint.Fixed(dockerfile, diagnostics[0]);
            Assert.Contains("-a $TARGETARCH", fixedText, StringComparison.Ordinal);
            Assert.Empty(Lint.Only("NN2015", fixedText));
        }
    }

    // Reduced from the #5523 shape with an app host: the SDK stage on the build machine publishes without -a.
    private const string PinnedSdkWithoutArch =
        "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\r\n" +
        "WORKDIR /src\r\n" +
        "COPY . .\r\n" +
        "RUN dotnet publish -c Release -o /app\r\n" +
        "\r\n" +
        "FROM mcr.microsoft.com/dotnet/aspnet:8.0\r\n" +
        "COPY --from=build /app .\r\n" +
        "ENTRYPOINT [\"./MyProject\"]\r\n";

    [Fact]
    public void BUILDPLATFORM_SDK_stage_publishing_without_TARGETARCH_is_reported_and_fixed_with_the_files_line_endings()
    {
        var diagnostic = Assert.Single(Lint.Only("NN2015", PinnedSdkWithoutArch));
        Assert.Equal("publish", Lint.At(PinnedSdkWithoutArch, diagnostic));

        var fixedText = Lint.Fixed(PinnedSdkWithoutArch, diagnostic);
        Assert.StartsWith("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\r\nARG TARGETARCH\r\nWORKDIR /src\r\n", fixedText, StringComparison.Ordinal);
        Assert.Contains("RUN dotnet publish -a $TARGETARCH -c Release -o /app\r\n", fixedText, StringComparison.Ordinal);
        Assert.Empty(Lint.Run(fixedText));
    }

    [Theory]
    // The official samples (dotnet/dotnet-docker samples/aspnetapp/Dockerfile).
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nARG TARGETARCH\nWORKDIR /source\nCOPY --link aspnetapp/*.csproj .\nRUN dotnet restore -a $TARGETARCH\nCOPY --link aspnetapp/. .\nRUN dotnet publish -a $TARGETARCH --no-restore -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nWORKDIR /app\nCOPY --link --from=build /app .\nUSER $APP_UID\nENTRYPOINT [\"./aspnetapp\"]\n")]
    // samples/releasesapi/Dockerfile.ubuntu-cross-x64-arm64: an arm64-pinned image cross-built with $TARGETARCH.
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot-amd64 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH -o /app releasesapi.csproj\n\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-arm64v8\nCOPY --link --from=build /app .\nENTRYPOINT [\"./releasesapi\"]\n")]
    // An amd64 variant Dockerfile: the RID agrees with the runtime image's architecture.
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build\nRUN dotnet publish -r linux-musl-x64 --self-contained true -o /app\n\nFROM mcr.microsoft.com/dotnet/runtime-deps:9.0-alpine-amd64\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n")]
    [InlineData("FROM --platform=linux/arm64 mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-arm64 --self-contained -o /app\n\nFROM --platform=linux/arm64 mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n")]
    // dotnet/dotnet-docker#5041's build stages (its runtime stage is NN2013's): -a $TARGETARCH, no app host.
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nARG TARGETARCH\nRUN dotnet restore -a $TARGETARCH\n\nFROM build AS publish\nRUN dotnet publish --no-restore -c Release -o /app/publish /p:UseAppHost=false\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0 AS final\nCOPY --from=publish /app/publish .\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n")]
    // A framework-dependent app started with `dotnet app.dll` is portable IL (testcontainers-dotnet's WeatherForecast).
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build-env\nRUN dotnet publish --runtime linux-x64 --self-contained false --output out\n\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build-env /app/out .\nENTRYPOINT [\"dotnet\", \"WeatherForecast.dll\"]\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -c Release -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app .\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n")]
    // Release packaging: one publish per RID, copied into no image.
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS package\nRUN dotnet publish -r linux-x64 --self-contained -o /out/x64 && dotnet publish -r linux-arm64 --self-contained -o /out/arm64\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY app /app\nENTRYPOINT [\"/app/App\"]\n")]
    // Windows or macOS RIDs built in a Linux stage are artifacts for those OSes; a RID from a variable is not hard-coded.
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r win-x64 --self-contained -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nARG RID=linux-x64\nRUN dotnet publish -r $RID --self-contained -o /app\n\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n")]
    public void Cross_builds_variants_and_portable_apps_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2015", dockerfile));
    }
}
