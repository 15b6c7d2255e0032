using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Rules;

/// <summary>What the project tells the rules.</summary>
public sealed class DockerfileAnalysisOptions
{
    public static readonly DockerfileAnalysisOptions Default = new();

    /// <summary>The OS the project's containers run on (<see cref="TargetOs.Resolve"/>).</summary>
    public ContainerOs TargetOs { get; set; } = ContainerOs.Linux;

    /// <summary>Where the target OS came from, for messages ("default", "DockerDefaultTargetOS", ...).</summary>
    public string TargetOsSource { get; set; } = "default";

    /// <summary>The project's assembly name (NN2011), when known.</summary>
    public string? AssemblyName { get; set; }

    /// <summary>
    /// Whether this file is held to <see cref="TargetOs"/>: the Dockerfile the project builds, or any file when the
    /// target OS was given explicitly. Other Dockerfiles (a Dockerfile.nanoserver kept beside the Linux one) are
    /// checked against their own stages' OS when those all agree, and against <see cref="TargetOs"/> otherwise.
    /// </summary>
    public bool IsProjectDockerfile { get; set; } = true;

    /// <summary>The file's name, when known: for a file the project does not build, it may tell the OS its stages do not.</summary>
    public string? FileName { get; set; }

    internal DockerfileAnalysisOptions WithTargetOs(ContainerOs targetOs, string source, bool isProjectDockerfile) => new()
    {
        TargetOs = targetOs,
        TargetOsSource = source,
        AssemblyName = AssemblyName,
        IsProjectDockerfile = isProjectDockerfile,
        FileName = FileName,
    };

    /// <summary>These options for one file (its name may tell its OS).</summary>
    public DockerfileAnalysisOptions ForFile(string fileName)
    {
        var options = WithTargetOs(TargetOs, TargetOsSource, IsProjectDockerfile);
        options.FileName = fileName;
        return options;
    }
}
