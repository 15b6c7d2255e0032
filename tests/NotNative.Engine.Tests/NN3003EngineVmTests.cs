using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

public class NN3003EngineVmTests
{
    [Theory]
    [InlineData("desktop-mac-arm64.info.json", EngineHost.DockerDesktop, "Docker Desktop")]
    [InlineData("desktop-windows-wsl2.info.json", EngineHost.DockerDesktop, "WSL 2")]
    [InlineData("boot2docker.info.json", EngineHost.DockerMachine, "Boot2Docker")]
    [InlineData("moby-vm-2016.info.json", EngineHost.LegacyDesktopVm, "first Docker for Mac/Windows")]
    public void VM_engines_are_recognised_and_reported_once(string payload, EngineHost host, string evidence)
    {
        var probe = ProbePayload(payload);

        Assert.Equal(host, probe.Facts!.Host);
        Assert.Contains(evidence, probe.Facts.HostEvidence);
        var finding = Assert.Single(Evaluate(probe, ContainerOs.Linux));
        Assert.Equal("NN3003", finding.Id);
        Assert.Contains("bind mounts ignore letter case", finding.Message);
    }

    [Theory]
    [InlineData("debian-dockerd-20.10.info.json")]
    [InlineData("podman.info.json")]
    [InlineData("windows-server-2022.info.json")]
    public void Native_engines_are_not_VMs(string payload)
    {
        var probe = ProbePayload(payload);
        Assert.False(probe.Facts!.IsVm);
        Assert.DoesNotContain(Evaluate(probe, probe.Facts.Os), f => f.Id == "NN3003");
    }
}
