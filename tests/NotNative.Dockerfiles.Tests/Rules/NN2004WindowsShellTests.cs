namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2004WindowsShellTests
{
    [Theory]
    [InlineData("FROM alpine\nSHELL [\"cmd\", \"/S\", \"/C\"]\n", "\"cmd\"")]
    [InlineData("FROM alpine\nSHELL [\"powershell\", \"-Command\"]\n", "\"powershell\"")]
    [InlineData("FROM alpine\nRUN cmd /c dir\n", "cmd")]
    [InlineData("FROM alpine\nRUN powershell.exe -Command Get-ChildItem\n", "powershell.exe")]
    [InlineData("FROM alpine\nRUN echo hi && cmd.exe /c dir\n", "cmd.exe")]
    public void Windows_shells_are_reported(string dockerfile, string at)
    {
        var diagnostic = Assert.Single(Lint.Only("NN2004", dockerfile));
        Assert.Equal(at, Lint.At(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-ChildItem\n")]
    [InlineData("FROM alpine\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\n")]
    [InlineData("FROM alpine\nRUN echo cmd /c is a Windows thing\n")]
    public void Linux_shells_and_pwsh_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2004", dockerfile));
    }
}
