using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Tests;
using static NotNative.Engine.Tests.EngineTestKit;

namespace NotNative.Engine.Tests;

public class NN3001EngineOsMismatchTests
{
    [Fact]
    public void Windows_engine_building_a_Linux_image_is_an_error_naming_the_engine_and_the_fix()
    {
        var probe = ProbePayload("windows-server-2022.info.json");

        Assert.Equal(ContainerOs.Windows, probe.Facts!.Os);
        var finding = Assert.Single(Evaluate(probe, ContainerOs.Linux), f => f.Id == "NN3001");
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains("OSType windows", finding.Message);
        Assert.Contains("Windows Server 2022", finding.Message);
        Assert.Contains("unix://", finding.Message);
        Assert.Contains("docker context use desktop-linux", finding.Message);
    }

    [Theory]
    [InlineData("desktop-mac-arm64.info.json")]
    [InlineData("desktop-windows-wsl2.info.json")]
    [InlineData("podman.info.json")]
    [InlineData("debian-dockerd-20.10.info.json")]
    public void Linux_engines_building_a_Windows_image_are_an_error(string payload)
    {
        var findings = Evaluate(ProbePayload(payload), ContainerOs.Windows);
        Assert.Contains(findings, f => f.Id == "NN3001" && f.Message.Contains("Switch Docker Desktop to Windows containers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("desktop-mac-arm64.info.json")]
    [InlineData("podman.info.json")]
    [InlineData("boot2docker.info.json")]
    public void Matching_OS_is_not_reported(string payload)
    {
        Assert.DoesNotContain(Evaluate(ProbePayload(payload), ContainerOs.Linux), f => f.Id == "NN3001");
    }

    [DockerdFact]
    public void Real_dockerd_is_a_native_Linux_engine()
    {
        var probe = EngineProbe.ProbeAsync(new EngineEndpoint(new Uri(Dockerd.SocketUri!), "test"), ProbeTimeout, CancellationToken.None).GetAwaiter().GetResult();

        Assert.Equal(ProbeFailure.None, probe.Failure);
        Assert.Equal(ContainerOs.Linux, probe.Facts!.Os);
        Assert.False(probe.Facts.IsVm);
        Assert.Empty(Evaluate(probe, ContainerOs.Linux));
        Assert.Contains(Evaluate(probe, ContainerOs.Windows), f => f.Id == "NN3001");
    }
}
