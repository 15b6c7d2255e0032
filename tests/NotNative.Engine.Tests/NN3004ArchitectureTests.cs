using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

public class NN3004ArchitectureTests
{
    [Fact]
    public void Amd64_runtime_identifier_on_an_arm64_Mac_is_a_warning()
    {
        var probe = ProbePayload("desktop-mac-arm64.info.json");
        Assert.Equal("arm64", probe.Facts!.Architecture); // aarch64, normalised

        var finding = Assert.Single(Evaluate(probe, ContainerOs.Linux, architecture: "amd64"), f => f.Id == "NN3004");
        Assert.Contains("exec format error", finding.Message);
    }

    [Fact]
    public void Podman_amd64_and_Docker_x86_64_are_the_same_architecture()
    {
        Assert.Equal("amd64", ProbePayload("podman.info.json").Facts!.Architecture);
        Assert.Equal("amd64", ProbePayload("debian-dockerd-20.10.info.json").Facts!.Architecture);
        Assert.DoesNotContain(Evaluate(ProbePayload("podman.info.json"), ContainerOs.Linux, architecture: "amd64"), f => f.Id == "NN3004");
    }

    [Fact]
    public void Expectations_come_from_the_final_platform_or_the_container_RID()
    {
        var lint = DockerfileLinter.Lint("FROM alpine AS build\nFROM --platform=linux/amd64 alpine\n");
        var expected = EngineExpectations.From(lint, "/src/Dockerfile", ContainerOs.Linux, "default", "linux-arm64");
        Assert.Equal("amd64", expected.Architecture);
        Assert.Equal(2, expected.ArchitectureLine);

        var fromRid = EngineExpectations.From(DockerfileLinter.Lint("FROM alpine\n"), "/src/Dockerfile", ContainerOs.Linux, "default", "linux-musl-arm64");
        Assert.Equal("arm64", fromRid.Architecture);
        Assert.Null(EngineExpectations.From(DockerfileLinter.Lint("FROM --platform=$TARGETPLATFORM alpine\n"), "/src/Dockerfile", ContainerOs.Linux, "default", null).Architecture);
    }

    [Fact]
    public void Without_a_Dockerfile_the_container_runtime_identifier_is_held_against_the_engine()
    {
        var mac = ProbePayload("desktop-mac-arm64.info.json");

        var single = EngineExpectations.ForProject(ContainerOs.Linux, "default", "linux-x64", null);
        var finding = Assert.Single(EngineChecks.Evaluate(mac, EngineCheckMode.Auto, single), f => f.Id == "NN3004");
        Assert.Null(finding.File);
        Assert.StartsWith("ContainerRuntimeIdentifier 'linux-x64' pins amd64, but the Docker engine at", finding.Message);

        // A multi-architecture image the engine runs one of; the SDK reads ContainerRuntimeIdentifier first.
        Assert.DoesNotContain(EngineChecks.Evaluate(mac, EngineCheckMode.Auto, EngineExpectations.ForProject(ContainerOs.Linux, "default", null, "linux-x64;linux-arm64")), f => f.Id == "NN3004");
        Assert.Contains(EngineChecks.Evaluate(mac, EngineCheckMode.Auto, EngineExpectations.ForProject(ContainerOs.Linux, "default", "linux-x64", "linux-arm64")), f => f.Id == "NN3004");
        var list = Assert.Single(EngineChecks.Evaluate(mac, EngineCheckMode.Auto, EngineExpectations.ForProject(ContainerOs.Linux, "default", null, "linux-x64; linux-musl-x64")), f => f.Id == "NN3004");
        Assert.StartsWith("ContainerRuntimeIdentifiers 'linux-x64;linux-musl-x64' pins amd64, but", list.Message);

        // No runtime identifier, or one of the engine's architecture: nothing to say of the architecture.
        Assert.DoesNotContain(EngineChecks.Evaluate(mac, EngineCheckMode.Auto, EngineExpectations.ForProject(ContainerOs.Linux, "default", null, null)), f => f.Id == "NN3004");
        Assert.DoesNotContain(EngineChecks.Evaluate(mac, EngineCheckMode.Auto, EngineExpectations.ForProject(ContainerOs.Linux, "default", "linux-musl-arm64", null)), f => f.Id == "NN3004");
    }

    [Fact]
    public void The_build_check_without_a_Dockerfile_asks_the_engine_once_and_says_its_state_once()
    {
        using var engine = new NotNative.Tests.ReplayEngine(NotNative.Tests.ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var check = new BuildCheck(EngineCheckMode.Auto, CheckHost.MSBuild, ProbeTimeout, engine.Uri.ToString());

        Assert.Equal(new[] { "NN3003", "NN3004" }, check.CheckEngine(ContainerOs.Linux, "default", "linux-x64", null, CancellationToken.None).Select(f => f.Id));
        Assert.Empty(check.CheckEngine(ContainerOs.Linux, "default", "linux-arm64", null, CancellationToken.None));
        Assert.Equal(new[] { "NN3001" }, check.CheckEngine(ContainerOs.Windows, "NotNativeTargetOS", null, null, CancellationToken.None).Select(f => f.Id));
        Assert.Empty(new BuildCheck(EngineCheckMode.Off, CheckHost.MSBuild, ProbeTimeout, engine.Uri.ToString()).CheckEngine(ContainerOs.Linux, "default", "linux-x64", null, CancellationToken.None));
    }
}
