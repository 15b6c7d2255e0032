namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2009DesktopHostNameTests
{
    [Theory]
    [InlineData("FROM alpine\nENV DB=Host=host.docker.internal;Port=5432\n", "host.docker.internal")]
    [InlineData("FROM alpine\nARG API=http://gateway.docker.internal:8080\n", "gateway.docker.internal")]
    [InlineData("FROM alpine\nRUN curl http://docker.for.mac.localhost:3000\n", "docker.for.mac.localhost")]
    [InlineData("FROM alpine\nHEALTHCHECK CMD curl -f http://HOST.DOCKER.INTERNAL/health\n", "HOST.DOCKER.INTERNAL")]
    [InlineData("FROM alpine\nCMD [\"app\", \"--api\", \"docker.for.win.localhost\"]\n", "docker.for.win.localhost")]
    public void Desktop_host_names_are_reported(string dockerfile, string at)
    {
        var diagnostic = Assert.Single(Lint.Only("NN2009", dockerfile));
        Assert.Equal(at, Lint.At(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("FROM alpine\nENV DB=Host=db;Port=5432\n")]
    [InlineData("FROM alpine\nENV HOST=myhost.docker.internal.example.com\n")]
    [InlineData("FROM alpine\nLABEL note=host.docker.internal\n")]
    public void Other_names_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2009", dockerfile));
    }
}
