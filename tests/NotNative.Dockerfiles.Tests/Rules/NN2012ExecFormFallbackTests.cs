namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2012ExecFormFallbackTests
{
    [Theory]
    [InlineData("FROM alpine\nRUN [\"c:\\windows\\system32\\tasklist.exe\"]\n")]
    [InlineData("FROM alpine\nCMD ['/app/run', '--fast']\n")]
    public void Invalid_JSON_exec_form_is_reported(string dockerfile)
    {
        Assert.Single(Lint.Only("NN2012", dockerfile));
    }

    [Theory]
    [InlineData("FROM alpine\nRUN [\"c:\\\\windows\\\\system32\\\\tasklist.exe\"]\n")]
    [InlineData("FROM alpine\nCMD [\"/app/run\", \"--fast\"]\n")]
    [InlineData("FROM alpine\nRUN [ -f /etc/passwd ] && echo ok\n")]
    public void Valid_JSON_or_shell_tests_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2012", dockerfile));
    }
}
