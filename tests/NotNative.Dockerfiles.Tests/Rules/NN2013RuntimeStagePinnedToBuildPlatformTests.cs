namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2013RuntimeStagePinnedToBuildPlatformTests
{
    // Reduced from dotnet/dotnet-docker#5523 (and #5041): the runtime base pinned like the SDK stage.
    private const string Issue5523 =
        "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\n" +
        "WORKDIR /app\n" +
        "EXPOSE 80\n" +
        "\n" +
        "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\n" +
        "ARG TARGETARCH\n" +
        "WORKDIR /src\n" +
        "COPY . .\n" +
        "RUN dotnet restore -a $TARGETARCH\n" +
        "\n" +
        "FROM build AS publish\n" +
        "RUN dotnet publish -a $TARGETARCH --no-restore -c Release -o /app/publish /p:UseAppHost=false\n" +
        "\n" +
        "FROM base AS final\n" +
        "WORKDIR /app\n" +
        "COPY --from=publish /app/publish .\n" +
        "ENTRYPOINT [\"dotnet\", \"MyProject.dll\"]\n";

    [Fact]
    public void Runtime_base_pinned_to_BUILDPLATFORM_is_reported_on_its_flag_and_fixed()
    {
        var diagnostic = Assert.Single(Lint.Run(Issue5523));
        Assert.Equal("NN2013", diagnostic.Id);
        Assert.Equal("--platform=$BUILDPLATFORM", Lint.At(Issue5523, diagnostic));
        Assert.Equal("FROM ".Length, diagnostic.Span.Start); // line 1: the base stage the final stage builds on, not the SDK stage
        Assert.Contains("Stage 'base', which the final stage builds on,", diagnostic.Message, StringComparison.Ordinal);

        var fixedText = Lint.Fixed(Issue5523, diagnostic);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\n", fixedText, StringComparison.Ordinal);
        Assert.Empty(Lint.Run(fixedText));
    }

    [Theory]
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\nCOPY app /app\n")]
    [InlineData("FROM --platform=${BUILDPLATFORM} node:20-alpine\nCOPY . .\n")]
    [InlineData("FROM --platform=$BUILDOS/$BUILDARCH alpine:3.20\n")]
    [InlineData("ARG PLATFORM=$BUILDPLATFORM\nFROM --platform=$PLATFORM alpine:3.20\n")]
    public void Final_stage_pinned_to_the_build_platform_is_reported(string dockerfile)
    {
        var diagnostic = Assert.Single(Lint.Only("NN2013", dockerfile));
        Assert.StartsWith("--platform=", Lint.At(dockerfile, diagnostic), StringComparison.Ordinal);
        Assert.Contains("The final stage is pinned", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(Lint.Only("NN2013", Lint.Fixed(dockerfile, diagnostic)));
    }

    [Theory]
    // The official samples' cross-build pattern: only the SDK stage runs on the build machine.
    [InlineData("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --link --from=build /app .\n")]
    // Go's cross-compiling pattern.
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM --platform=$TARGETPLATFORM alpine:3.20\nCOPY --from=build /out/app /app\n")]
    // `docker build --output`: a scratch stage of files, not an image to run.
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build -o /out/app .\n\nFROM --platform=$BUILDPLATFORM scratch\nCOPY --from=build /out/app /\n")]
    // A constant platform is NN2010's, an ARG without a value is unknown.
    [InlineData("FROM --platform=linux/amd64 alpine:3.20\n")]
    [InlineData("ARG PLATFORM\nFROM --platform=$PLATFORM alpine:3.20\n")]
    public void Build_stages_and_target_platform_runtime_stages_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2013", dockerfile));
    }
}
