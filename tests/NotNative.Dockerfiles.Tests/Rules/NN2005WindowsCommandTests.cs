namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2005WindowsCommandTests
{
    [Theory]
    [InlineData("FROM alpine\nENTRYPOINT [\"MyApp.exe\"]\n", "\"MyApp.exe\"")]
    [InlineData("FROM alpine\nRUN C:\\tools\\nuget.exe restore\n", "C:\\tools\\nuget.exe")]
    [InlineData("FROM alpine\nRUN setx PATH \"%PATH%;C:\\tools\"\n", "setx")]
    [InlineData("FROM alpine\nRUN choco install git -y\n", "choco")]
    [InlineData("FROM alpine\nUSER ContainerAdministrator\n", "ContainerAdministrator")]
    [InlineData("FROM alpine\nUSER ContainerUser\n", "ContainerUser")]
    public void Windows_commands_are_reported(string dockerfile, string at)
    {
        var diagnostic = Assert.Single(Lint.Only("NN2005", dockerfile));
        Assert.Equal(at, Lint.At(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("FROM mono\nRUN mono tool.exe\n")]
    [InlineData("FROM alpine\nRUN wget https://example.com/setup.exe -O /tmp/setup.exe\n")]
    [InlineData("FROM alpine\nUSER app\n")]
    [InlineData("FROM alpine\nCMD [\"dotnet\", \"App.dll\"]\n")]
    public void Linux_commands_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2005", dockerfile));
    }
}
