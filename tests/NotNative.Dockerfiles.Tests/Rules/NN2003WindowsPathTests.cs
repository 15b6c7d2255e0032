namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2003WindowsPathTests
{
    [Theory]
    [InlineData("FROM alpine\nWORKDIR C:\\app\n", "C:\\app", "/app")]
    [InlineData("FROM alpine\nWORKDIR c:/app/src\n", "c:/app/src", "/app/src")]
    [InlineData("FROM alpine\nWORKDIR app\\bin\n", "app\\bin", "app/bin")]
    [InlineData("FROM alpine\nCOPY . C:\\app\\src\n", "C:\\app\\src", "/app/src")]
    [InlineData("FROM alpine\nVOLUME C:\\data\n", "C:\\data", "/data")]
    [InlineData("FROM alpine\nENV GOPATH=C:\\\\go\n", "C:\\\\go", "/go")]
    public void Windows_paths_are_reported_with_their_POSIX_form(string dockerfile, string at, string posix)
    {
        var diagnostic = Assert.Single(Lint.Only("NN2003", dockerfile));
        Assert.Equal(at, Lint.At(dockerfile, diagnostic));
        Assert.Contains(posix, Lint.Fixed(dockerfile, diagnostic));
    }

    [Fact]
    public void Unc_path_has_no_fix()
    {
        var diagnostic = Assert.Single(Lint.Only("NN2003", "FROM alpine\nVOLUME \\\\server\\share\n"));
        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    [InlineData("FROM alpine\nWORKDIR /app\n")]
    [InlineData("FROM alpine\nWORKDIR /my\\ dir\n")] // an escaped space, not a separator
    [InlineData("FROM alpine\nENV PATTERN=^\\d+$\n")] // ENV values only count drive letters and UNC
    [InlineData("FROM alpine\nENV PATH=/usr/local/bin:$PATH\n")]
    [InlineData("FROM alpine\nCOPY [\"a b\", \"/srv/a b\"]\n")]
    public void POSIX_paths_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2003", dockerfile));
    }

    [Fact]
    public void Windows_paths_are_fine_in_a_Windows_target()
    {
        Assert.Empty(Lint.Only("NN2003", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n", Semantics.ContainerOs.Windows));
    }
}
