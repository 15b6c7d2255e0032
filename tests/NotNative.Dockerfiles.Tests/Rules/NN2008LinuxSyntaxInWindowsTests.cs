using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2008LinuxSyntaxInWindowsTests
{
    [Theory]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY --chmod=755 run.ps1 C:/run.ps1\n", "--chmod=755")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY --chown=app:app . C:/app\n", "--chown=app:app")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get update\n", "apt-get")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"/bin/sh\", \"-c\"]\n", "\"/bin/sh\"")]
    public void Linux_syntax_in_a_Windows_stage_is_reported(string dockerfile, string at)
    {
        var diagnostic = Assert.Single(Lint.Only("NN2008", dockerfile, ContainerOs.Windows));
        Assert.Equal(at, Lint.At(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command Install-WindowsFeature Web-Server\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:/app\n")]
    public void Windows_syntax_is_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2008", dockerfile, ContainerOs.Windows));
    }

    [Fact]
    public void Linux_stage_is_not_a_Windows_stage()
    {
        Assert.Empty(Lint.Only("NN2008", "FROM alpine\nRUN apk add curl\nCOPY --chmod=755 a /a\n"));
    }
}
