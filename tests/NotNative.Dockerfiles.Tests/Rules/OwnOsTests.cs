using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>
/// Issue 9, item 3: only the Dockerfile the project builds is held to the project's target OS. Another Dockerfile
/// (dotnet-docker's samples keep Dockerfile, Dockerfile.nanoserver and Dockerfile.windowsservercore side by side)
/// is checked against its own stages' OS when they agree.
/// </summary>
public class OwnOsTests
{
    // Reduced from dotnet-docker's samples/aspnetapp/Dockerfile.nanoserver.
    private const string Nanoserver =
        "# escape=`\n" +
        "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-ltsc2022 AS build\n" +
        "WORKDIR /source\n" +
        "COPY aspnetapp/*.csproj .\n" +
        "RUN dotnet restore -a $TARGETARCH\n" +
        "FROM mcr.microsoft.com/dotnet/aspnet:9.0-nanoserver-ltsc2022\n" +
        "WORKDIR /app\n" +
        "COPY --from=build /app .\n" +
        "USER ContainerUser\n" +
        "ENTRYPOINT [\"aspnetapp\"]\n";

    // Reduced from dotnet-docker's samples/dotnetapp/Dockerfile.windowsservercore-iis shape.
    private const string ServerCore =
        "# escape=`\n" +
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS installer\n" +
        "RUN powershell -Command `\n" +
        "        $ErrorActionPreference = 'Stop'; `\n" +
        "        Invoke-WebRequest -OutFile dotnet.zip https://example.invalid/dotnet.zip; `\n" +
        "        Expand-Archive dotnet.zip -DestinationPath C:\\dotnet\n" +
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n" +
        "COPY --from=installer [\"/dotnet\", \"/Program Files/dotnet\"]\n" +
        "RUN setx /M PATH \"%PATH%;C:\\Program Files\\dotnet\"\n";

    private static IReadOnlyList<DockerfileDiagnostic> LintOther(string dockerfile, ContainerOs projectTarget) =>
        DockerfileLinter.Lint(dockerfile, new DockerfileAnalysisOptions { TargetOs = projectTarget, IsProjectDockerfile = false }).Diagnostics;

    [Theory]
    [InlineData(Nanoserver)]
    [InlineData(ServerCore)]
    public void A_Windows_Dockerfile_beside_a_Linux_project_is_checked_as_Windows(string dockerfile)
    {
        Assert.Empty(LintOther(dockerfile, ContainerOs.Linux));
    }

    [Theory]
    [InlineData(Nanoserver)]
    [InlineData(ServerCore)]
    public void The_same_file_as_the_project_Dockerfile_is_held_to_Linux(string dockerfile)
    {
        Assert.Equal("NN2001", Lint.Run(dockerfile).First().Id);
    }

    [Fact]
    public void A_Linux_Dockerfile_beside_a_Windows_project_is_checked_as_Linux()
    {
        Assert.Empty(LintOther("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nUSER app\n", ContainerOs.Windows));
        Assert.Equal("NN2003", Assert.Single(LintOther("FROM alpine\nWORKDIR C:\\app\n", ContainerOs.Windows)).Id);
    }

    [Fact]
    public void A_file_checked_as_its_own_OS_still_gets_that_OS_rules()
    {
        var diagnostic = Assert.Single(LintOther("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get update\n", ContainerOs.Linux));
        Assert.Equal("NN2008", diagnostic.Id);
    }

    [Fact]
    public void A_file_whose_stages_disagree_or_say_nothing_is_held_to_the_project_target()
    {
        var mixed = "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=build /app C:\\app\n";
        Assert.Equal(new[] { "NN2001", "NN2007" }, LintOther(mixed, ContainerOs.Linux).Select(d => d.Id));
        Assert.Equal("NN2003", Assert.Single(LintOther("FROM golang:1.22\nWORKDIR C:\\app\n", ContainerOs.Linux)).Id);
    }

    [Fact]
    public void An_explicit_target_os_comment_holds_the_file_to_it()
    {
        var dockerfile = "# notnative target-os=linux\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n";
        Assert.Equal("NN2001", Assert.Single(LintOther(dockerfile, ContainerOs.Windows)).Id);
    }

    [Fact]
    public void The_lint_result_says_which_OS_the_file_was_checked_for()
    {
        var result = DockerfileLinter.Lint(Nanoserver, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux, IsProjectDockerfile = false });
        Assert.Equal(ContainerOs.Windows, result.Options.TargetOs);
        Assert.Equal(ContainerOs.Windows, result.Model.OwnOs());
    }

    // Reduced from dotnet-docker's eng/dockerfile-templates/aspnet/Dockerfile.windows: its FROM is a variable.
    private const string InstallerFromVariable = "# escape=`\nARG BASE\nFROM $BASE AS installer\nRUN powershell -Command `\n        $ErrorActionPreference = 'Stop'\n";

    [Theory]
    [InlineData("Dockerfile.windows")]
    [InlineData("Dockerfile.windowsservercore-ltsc2022")]
    [InlineData("nanoserver.Dockerfile")]
    public void A_file_whose_stages_say_nothing_is_checked_as_the_OS_its_name_says(string name)
    {
        var options = new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux, IsProjectDockerfile = false, FileName = name };
        var result = DockerfileLinter.Lint(InstallerFromVariable, options);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(ContainerOs.Windows, result.Options.TargetOs);
    }

    [Theory]
    [InlineData("Dockerfile", true)] // the project's own: held to the target
    [InlineData("Dockerfile.linux", false)]
    [InlineData("Dockerfile.build", false)] // the name says nothing
    public void The_name_does_not_make_a_Windows_file_of_the_project_or_a_Linux_named_one(string name, bool isProject)
    {
        var options = new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux, IsProjectDockerfile = isProject, FileName = name };
        Assert.Equal(new[] { "NN2006", "NN2004" }, DockerfileLinter.Lint(InstallerFromVariable, options).Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("Dockerfile.nanoserver", ContainerOs.Windows)]
    [InlineData("Dockerfile.windows.set-path", ContainerOs.Windows)]
    [InlineData("Dockerfile.alpine-icu", ContainerOs.Linux)]
    [InlineData("Dockerfile.linux", ContainerOs.Linux)]
    [InlineData("Dockerfile.windows-to-linux", ContainerOs.Unknown)]
    [InlineData("Dockerfile.winter", ContainerOs.Unknown)]
    [InlineData("Dockerfile", ContainerOs.Unknown)]
    public void File_names_that_say_an_OS(string name, ContainerOs os)
    {
        Assert.Equal(os, ImageCatalogue.OsOfFileName(name));
    }
}
