using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

/// <summary>NN3007 against the replayed answer of Docker Desktop on an Apple Silicon Mac (and, for contrast, native amd64 engines).</summary>
public class NN3007EngineArchitectureConflictTests
{
    private const string AppleSilicon = "desktop-mac-arm64.info.json";

    private const string Kubectl = "FROM ubuntu:22.04\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\n";

    /// <summary>The official samples' cross-build pattern (dotnet/dotnet-docker samples/aspnetapp).</summary>
    private const string CrossBuild = """
        FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
        ARG TARGETARCH
        WORKDIR /source
        COPY aspnetapp/*.csproj .
        RUN dotnet restore -a $TARGETARCH
        COPY aspnetapp/. .
        RUN dotnet publish -a $TARGETARCH --no-restore -o /app

        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        EXPOSE 8080
        WORKDIR /app
        COPY --from=build /app .
        USER $APP_UID
        ENTRYPOINT ["./aspnetapp"]

        """;

    private static readonly Lazy<ProbeResult> Mac = new(() => ProbePayload(AppleSilicon));

    private static List<BuildFinding> Conflicts(string dockerfile, string? targetPlatform = null, ProbeResult? probe = null)
    {
        Assert.True(EngineCheckSettings.TryResolveTargetArchitecture(targetPlatform, null, CheckHost.MSBuild, out var target));
        return EngineArchitectureConflicts.Evaluate(probe ?? Mac.Value, DockerfileLinter.Lint(dockerfile), "/src/Dockerfile", target).ToList();
    }

    /// <summary>The text with every fix of <paramref name="id"/> applied at once (two fixes add the same 'ARG TARGETARCH': once).</summary>
    private static string Fixed(string dockerfile, string id)
    {
        var diagnostics = DockerfileLinter.Lint(dockerfile).Diagnostics.Where(d => d.Id == id).ToList();
        Assert.All(diagnostics, d => Assert.NotNull(d.Fix));
        var text = dockerfile;
        foreach (var edit in diagnostics.SelectMany(d => d.Fix!.Edits).DistinctBy(e => (e.Span.Start, e.Span.Length, e.NewText)).OrderByDescending(e => e.Span.Start))
        {
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        }

        return text;
    }

    [Fact]
    public void The_replayed_Apple_Silicon_answer_names_Docker_Desktop_on_an_arm64_Mac()
    {
        Assert.Equal("Docker Desktop on an arm64 Mac", Mac.Value.Facts!.Description);
        Assert.Equal("Docker Desktop on an amd64 PC", ProbePayload("desktop-windows-wsl2.info.json").Facts!.Description);
        Assert.StartsWith("a native amd64 Linux engine", ProbePayload("debian-dockerd-20.10.info.json").Facts!.Description);
    }

    [Fact]
    public void An_amd64_only_download_on_an_arm64_Mac_is_an_error_naming_the_engine_the_line_and_the_fix()
    {
        var finding = Assert.Single(Conflicts(Kubectl));

        Assert.Equal(("NN3007", RuleSeverity.Error, "/src/Dockerfile", 2, 40), (finding.Id, finding.Severity, finding.File, finding.Line, finding.Column));
        Assert.Equal(
            "The Docker engine at " + Mac.Value.Endpoint!.Display + " (test) is Docker Desktop on an arm64 Mac, but line 2 downloads or installs a build for amd64 only: " +
            "'RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl'. Built on this engine, the stage runs arm64, " +
            "so the amd64 file fails with 'exec format error' (a package: 'package architecture (amd64) does not match system (arm64)'). " +
            "Download per architecture: ${TARGETARCH} in place of the architecture name, with 'ARG TARGETARCH' in the stage ('notnative fix' writes it).",
            finding.Message);
    }

    [Fact]
    public void The_fix_the_message_promises_leaves_nothing_to_report()
    {
        var fixedText = Fixed(Kubectl, RuleIds.HardcodedArchitectureDownload);
        Assert.Contains("ARG TARGETARCH", fixedText);
        Assert.Empty(Conflicts(fixedText));
    }

    [Fact]
    public void A_spelling_TARGETARCH_does_not_map_gets_no_fix_promise()
    {
        var finding = Assert.Single(Conflicts("FROM alpine\nRUN wget -O /tmp/tool.tar.gz https://example.com/tool-linux-x86_64.tar.gz && tar -xzf /tmp/tool.tar.gz\n"));
        Assert.DoesNotContain("notnative fix", finding.Message);
        Assert.Contains("$(uname -m)", finding.Message);
    }

    [Fact]
    public void A_hard_coded_dotnet_runtime_identifier_of_the_other_architecture_is_an_error()
    {
        var finding = Assert.Single(Conflicts("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-x64 --self-contained -o /app\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /app /app\nENTRYPOINT [\"/app/App\"]\n"));
        Assert.Equal((2, RuleSeverity.Error), (finding.Line, finding.Severity));
        Assert.Contains("line 2 builds the .NET app for amd64", finding.Message);
        Assert.Contains("'-a $TARGETARCH'", finding.Message);
    }

    [Fact]
    public void With_an_amd64_target_the_build_platform_pins_and_the_emulated_SDK_are_reported()
    {
        const string dockerfile = """
            FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            RUN dotnet publish -c Release -o /app
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0
            COPY --from=build /app /app
            ENTRYPOINT ["dotnet", "/app/App.dll"]

            """;
        var findings = Conflicts(dockerfile, "linux/amd64");

        Assert.Equal(new[] { (1, RuleSeverity.Warning), (3, RuleSeverity.Error) }, findings.Select(f => (f.Line, f.Severity)).OrderBy(f => f.Line));
        Assert.Contains("NotNativeTargetPlatform 'linux/amd64' builds the image for amd64, but the Docker engine at", findings[0].Message + findings[1].Message);
        Assert.Contains(findings, f => f.Message.Contains("runs under emulation, which .NET does not support", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("the image is arm64, not amd64", StringComparison.Ordinal) && f.Message.Contains("Remove --platform from this FROM ('notnative fix' does)", StringComparison.Ordinal));

        // The same file for the engine's own architecture, or with no target: nothing the engine breaks.
        Assert.Empty(Conflicts(dockerfile, "linux/arm64"));
        Assert.Empty(Conflicts(dockerfile));
    }

    [Fact]
    public void With_an_amd64_target_a_build_platform_SDK_stage_publishing_without_TARGETARCH_is_an_error()
    {
        const string dockerfile = """
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            RUN dotnet publish -c Release --self-contained -o /app
            FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
            COPY --from=build /app /app
            ENTRYPOINT ["/app/App"]

            """;
        var finding = Assert.Single(Conflicts(dockerfile, "amd64"));
        Assert.Equal((2, RuleSeverity.Error), (finding.Line, finding.Severity));
        Assert.Contains("publishes on the build machine without '-a $TARGETARCH'", finding.Message);
        Assert.Empty(Conflicts(dockerfile));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("linux/amd64")]
    [InlineData("linux/arm64")]
    public void The_official_cross_build_pattern_is_clean_for_any_target(string? target)
    {
        Assert.Empty(Conflicts(CrossBuild, target));
    }

    [Theory]
    [InlineData("FROM ubuntu:22.04\nARG TARGETARCH\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/${TARGETARCH}/kubectl\n")]
    [InlineData("FROM debian:bookworm\nRUN arch=\"$(dpkg --print-architecture)\" && curl -fsSLO https://example.com/tool_1.0_linux-amd64.deb\n")]
    [InlineData("FROM alpine\nRUN case \"$(uname -m)\" in x86_64) a=amd64 ;; aarch64) a=arm64 ;; esac && wget https://example.com/tool-linux-$a.tar.gz\n")]
    [InlineData("FROM ubuntu:22.04\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/arm64/kubectl\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.22 AS tools\nRUN curl -fsSLO https://go.dev/dl/go1.22.0.linux-amd64.tar.gz\nFROM alpine\nCOPY --from=tools /go /go\n")]
    [InlineData("FROM ubuntu:22.04\n# notnative ignore=NN2014\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\n")]
    public void Near_misses_on_an_arm64_Mac_are_clean(string dockerfile)
    {
        Assert.Empty(Conflicts(dockerfile));
    }

    [Fact]
    public void A_file_pinned_to_one_architecture_is_NN3004s_not_NN3007s()
    {
        // A variant Dockerfile for amd64: its downloads match its pin. The pin vs the engine is one cause, said once (NN3004).
        var dockerfile = "FROM --platform=linux/amd64 ubuntu:22.04\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\n";
        Assert.Empty(Conflicts(dockerfile));
        var lint = DockerfileLinter.Lint(dockerfile);
        var expected = EngineExpectations.From(lint, "/src/Dockerfile", ContainerOs.Linux, "default", null);
        var ids = EngineChecks.Evaluate(Mac.Value, EngineCheckMode.Auto, expected).Select(f => f.Id).ToList();
        Assert.Equal(new[] { "NN3003", "NN3004" }, ids);
    }

    [Fact]
    public void An_amd64_download_built_for_an_amd64_target_runs_under_emulation_and_is_left_to_NN2014()
    {
        Assert.Empty(Conflicts(Kubectl, "linux/amd64"));
        // An arm64 download built here for amd64 does not run in the amd64 stage.
        var arm = Assert.Single(Conflicts(Kubectl.Replace("amd64", "arm64", StringComparison.Ordinal), "linux/amd64"));
        Assert.Contains("Built here for amd64 (NotNativeTargetPlatform 'linux/amd64'), the stage runs amd64 under emulation", arm.Message);
    }

    [Theory]
    [InlineData("debian-dockerd-20.10.info.json")]
    [InlineData("podman.info.json")]
    [InlineData("windows-server-2022.info.json")]
    [InlineData("engine29-stub.info.json")]
    public void Engines_of_the_hard_coded_architecture_or_of_no_known_one_are_clean(string payload)
    {
        Assert.Empty(Conflicts(Kubectl, probe: ProbePayload(payload)));
    }

    [Fact]
    public void An_amd64_engine_reports_the_arm64_download_and_the_arm64_target()
    {
        var debian = ProbePayload("debian-dockerd-20.10.info.json");
        var finding = Assert.Single(Conflicts(Kubectl.Replace("amd64", "arm64", StringComparison.Ordinal), probe: debian));
        Assert.Contains("is a native amd64 Linux engine", finding.Message);
        Assert.Contains("the arm64 file fails with 'exec format error'", finding.Message);
    }

    [Fact]
    public void No_answer_means_no_finding()
    {
        Assert.Empty(EngineArchitectureConflicts.Evaluate(ProbeResult.Failed(null, ProbeFailure.Unreachable, "no socket"), DockerfileLinter.Lint(Kubectl), "/src/Dockerfile", null));
    }

    /// <summary>Reduced from the reports: each on its line, and its fixed twin clean.</summary>
    public static TheoryData<string, string?, int[], string> HeldOutReports() => new()
    {
        {
            // dotnet/dotnet-docker#5523: the runtime stage pinned to $BUILDPLATFORM, built on an M1 for linux/amd64.
            """
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            ARG TARGETARCH
            WORKDIR /src
            COPY . .
            RUN dotnet publish -a $TARGETARCH -o /app

            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0
            WORKDIR /app
            COPY --from=build /app .
            ENTRYPOINT ["./App"]

            """,
            "linux/amd64", new[] { 7 }, RuleIds.RuntimeStagePinnedToBuildPlatform
        },
        {
            // netlify/build-image#715: hugo's amd64 .deb and kubectl's amd64 binary on Apple Silicon.
            """
            FROM ubuntu:22.04
            RUN apt-get update && apt-get install -y curl
            RUN curl -sSLO https://github.com/gohugoio/hugo/releases/download/v0.121.0/hugo_extended_0.121.0_linux-amd64.deb \
             && dpkg -i hugo_extended_0.121.0_linux-amd64.deb
            RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl

            """,
            null, new[] { 3, 5 }, RuleIds.HardcodedArchitectureDownload
        },
        {
            // dotnet/dotnet-docker#3063: 'dotnet publish -r linux-x64' in a stage not pinned to amd64, on an Arm64 engine.
            """
            FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build
            WORKDIR /src
            COPY . .
            RUN dotnet publish -c Release -r linux-x64 --self-contained true -o /app

            FROM mcr.microsoft.com/dotnet/runtime-deps:6.0
            COPY --from=build /app /app
            ENTRYPOINT ["/app/App"]

            """,
            null, new[] { 4 }, RuleIds.HardcodedDotNetArchitecture
        },
    };

    [Theory]
    [MemberData(nameof(HeldOutReports))]
    public void Held_out_reports_are_found_on_their_line_and_their_fixed_twin_is_clean(string dockerfile, string? target, int[] lines, string fixedBy)
    {
        var findings = Conflicts(dockerfile, target);
        Assert.All(findings, f => Assert.Equal(("NN3007", RuleSeverity.Error), (f.Id, f.Severity)));
        Assert.Equal(lines, findings.Select(f => f.Line));

        var twin = Fixed(dockerfile, fixedBy);
        Assert.NotEqual(dockerfile, twin);
        Assert.Empty(Conflicts(twin, target));
        Assert.DoesNotContain(DockerfileLinter.Lint(twin).Diagnostics, d => d.Id == fixedBy);
    }
}
