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
}
