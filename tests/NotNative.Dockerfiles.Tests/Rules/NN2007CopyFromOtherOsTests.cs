namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2007CopyFromOtherOsTests
{
    [Fact]
    public void Copy_from_a_Linux_stage_into_a_Windows_stage_is_reported()
    {
        var dockerfile = "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=build /app C:\\app\n";
        var diagnostic = Assert.Single(Lint.Only("NN2007", dockerfile));
        Assert.Equal("--from=build", Lint.At(dockerfile, diagnostic));
    }

    [Fact]
    public void Copy_from_a_Windows_image_into_a_Linux_stage_is_reported()
    {
        Assert.Single(Lint.Only("NN2007", "FROM alpine\nCOPY --from=mcr.microsoft.com/windows/servercore:ltsc2022 /x /x\n"));
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n")]
    [InlineData("FROM golang:1.22 AS build\nFROM alpine\nCOPY --from=build /go/bin/app /app\n")] // unknown source: no guess
    [InlineData("FROM alpine\nCOPY --from=0 /x /y\n")]
    public void Same_or_unknown_OS_is_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2007", dockerfile));
    }
}
