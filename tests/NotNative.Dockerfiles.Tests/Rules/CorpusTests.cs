using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Tests;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>
/// Precision and recall on whole files written for these tests in the shape of official images:
/// correct Linux Dockerfiles get nothing, Windows ones get NN2001 for a Linux target and nothing for a Windows one.
/// </summary>
public class CorpusTests
{
    private static string Folder(string name) => Path.Combine(RepositoryPaths.Root, "tests", "NotNative.Dockerfiles.Tests", "Corpus", name);

    public static TheoryData<string> LinuxFiles() => Files("linux");

    public static TheoryData<string> WindowsFiles() => Files("windows");

    private static TheoryData<string> Files(string name)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(name)).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LinuxFiles))]
    public void Correct_Linux_Dockerfile_gets_no_diagnostic(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder("linux"), file));
        var result = DockerfileLinter.Lint(text, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux, AssemblyName = "Shop.Api" });
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(WindowsFiles))]
    public void Windows_Dockerfile_gets_NN2001_for_a_Linux_target(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder("windows"), file));
        var result = DockerfileLinter.Lint(text, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux });
        Assert.Contains(result.Diagnostics, d => d.Id == "NN2001");
    }

    [Theory]
    [MemberData(nameof(WindowsFiles))]
    public void Windows_Dockerfile_is_clean_for_a_Windows_target(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder("windows"), file));
        var result = DockerfileLinter.Lint(text, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Windows });
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>Issue 9, item 4: for a Linux target, the Windows base is the one finding (no follow-on NN2003-NN2006).</summary>
    [Theory]
    [MemberData(nameof(WindowsFiles))]
    public void Windows_Dockerfile_held_to_Linux_gets_only_NN2001(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder("windows"), file));
        var result = DockerfileLinter.Lint(text, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux });
        Assert.All(result.Diagnostics, d => Assert.Equal("NN2001", d.Id));
        Assert.NotEmpty(result.Diagnostics);
    }

    /// <summary>Issue 9, item 3: kept beside a Linux project's Dockerfile, a Windows Dockerfile is checked as Windows.</summary>
    [Theory]
    [MemberData(nameof(WindowsFiles))]
    public void Windows_Dockerfile_the_project_does_not_build_is_clean(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder("windows"), file));
        var result = DockerfileLinter.Lint(text, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux, IsProjectDockerfile = false, FileName = file });
        Assert.Empty(result.Diagnostics);
    }
}
