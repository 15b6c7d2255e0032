namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2006BacktickEscapeTests
{
    [Fact]
    public void Backtick_escape_in_a_Linux_file_is_reported_and_fixed()
    {
        var dockerfile = "# escape=`\nFROM alpine\nRUN apk add curl `\n    git\n";
        var diagnostic = Assert.Single(Lint.Only("NN2006", dockerfile));
        Assert.Equal("FROM alpine\nRUN apk add curl \\\n    git\n", Lint.Fixed(dockerfile, diagnostic));
    }

    [Fact]
    public void Backslash_escape_is_not_reported()
    {
        Assert.Empty(Lint.Only("NN2006", "# escape=\\\nFROM alpine\n"));
    }

    [Fact]
    public void Backtick_escape_in_a_Windows_target_is_not_reported()
    {
        Assert.Empty(Lint.Only("NN2006", "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n", Semantics.ContainerOs.Windows));
    }
}
