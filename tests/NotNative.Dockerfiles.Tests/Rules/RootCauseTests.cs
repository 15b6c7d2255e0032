using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>
/// Issue 9, item 4: one root cause, one diagnostic. A stage whose image is of another OS than the target gets
/// NN2001/NN2002 on its base (and NN2007 where another stage copies across OSes), not NN2003-NN2006/NN2008 for the
/// Windows (or Linux) commands that are right for its own OS; every message says what the model decided.
/// </summary>
public class RootCauseTests
{
    // The WorksOnMyMachine sample's shape: a nanoserver base, a Linux build stage, a final stage FROM base.
    private const string NanoserverBaseWithLinuxBuild =
        "# escape=`\n" +
        "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022 AS base\n" +
        "WORKDIR C:\\app\n" +
        "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\n" +
        "WORKDIR /src\n" +
        "RUN dotnet publish -o /app/publish\n" +
        "FROM base AS final\n" +
        "WORKDIR C:\\app\n" +
        "COPY --from=build /app/publish .\n" +
        "RUN setx PATH \"%PATH%;C:\\tools\"\n" +
        "USER ContainerUser\n";

    [Fact]
    public void A_Windows_base_in_a_Linux_project_gets_NN2001_and_NN2007_and_nothing_that_follows_from_them()
    {
        var diagnostics = Lint.Run(NanoserverBaseWithLinuxBuild);

        Assert.Equal(new[] { "NN2001", "NN2007" }, diagnostics.Select(d => d.Id));
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", Lint.At(NanoserverBaseWithLinuxBuild, diagnostics[0]));
        Assert.Equal("--from=build", Lint.At(NanoserverBaseWithLinuxBuild, diagnostics[1]));
    }

    [Fact]
    public void NN2007_says_the_stage_FROM_a_nanoserver_stage_is_Windows_and_points_to_the_target_OS()
    {
        var copy = Lint.Only("NN2007", NanoserverBaseWithLinuxBuild).Single();

        Assert.Contains("from a Linux source into a Windows stage", copy.Message);
        Assert.Contains("build both stages on Linux images", copy.Message);
        Assert.DoesNotContain("Windows images", copy.Message);
    }

    [Fact]
    public void NN2007_in_a_Windows_project_points_to_Windows_images()
    {
        var dockerfile = "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=build /app C:\\app\n";
        var copy = Lint.Only("NN2007", dockerfile, ContainerOs.Windows).Single();
        Assert.Contains("build both stages on Windows images", copy.Message);
    }

    [Fact]
    public void NN2001s_fix_also_turns_the_paths_of_the_stage_and_of_stages_built_on_it_into_POSIX_paths()
    {
        var dockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022 AS base\nWORKDIR C:\\app\nFROM base\nVOLUME C:\\data\n";
        var diagnostic = Assert.Single(Lint.Run(dockerfile));

        Assert.Equal("NN2001", diagnostic.Id);
        Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\nWORKDIR /app\nFROM base\nVOLUME /data\n", Lint.Fixed(dockerfile, diagnostic));
        Assert.Empty(Lint.Run(Lint.Fixed(dockerfile, diagnostic)));
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n")] // NN2005 said "a Linux image has no such user"
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN cmd /c echo hi `\n    && echo there\n")] // NN2006 said "every stage is Linux", NN2004 cmd
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS base\nFROM base\nWORKDIR C:\\app\nRUN setx PATH C:\\tools\nSHELL [\"powershell\", \"-Command\"]\n")]
    [InlineData("FROM microsoft/mssql-server-windows-express\nENV sa_password=x ACCEPT_EULA=Y attach_dbs=\"[]\"\nWORKDIR C:\\scripts\nCMD powershell -File C:\\start.ps1\n")]
    public void A_Windows_stage_in_a_Linux_project_gets_only_NN2001(string dockerfile)
    {
        Assert.Equal(new[] { "NN2001" }, Lint.Run(dockerfile).Select(d => d.Id));
    }

    [Fact]
    public void A_Linux_stage_in_a_Windows_project_gets_only_NN2002()
    {
        var dockerfile = "# escape=`\nFROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY --chmod=755 run.sh /run.sh\nWORKDIR C:\\app\n";
        Assert.Equal(new[] { "NN2002" }, Lint.Run(dockerfile, ContainerOs.Windows).Select(d => d.Id));
    }

    [Fact]
    public void Every_rule_sees_a_stage_FROM_a_Windows_stage_as_Windows()
    {
        var model = DockerfileLinter.Lint("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS base\nFROM base AS final\n").Model;
        Assert.All(model.Stages, s => Assert.Equal(ContainerOs.Windows, s.Os.Os));
        Assert.All(model.Stages, s => Assert.Equal(ContainerOs.Unknown, s.CheckedAs(ContainerOs.Linux)));
        Assert.All(model.Stages, s => Assert.Equal(ContainerOs.Windows, s.CheckedAs(ContainerOs.Windows)));
    }

    [Fact]
    public void A_stage_of_unknown_OS_is_checked_as_the_target_OS()
    {
        Assert.Equal("NN2003", Assert.Single(Lint.Run("FROM golang:1.22\nWORKDIR C:\\app\n")).Id);
        Assert.Equal("NN2008", Assert.Single(Lint.Run("FROM golang:1.22\nRUN apt-get update\n", ContainerOs.Windows)).Id);
    }
}
