using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

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

/// <summary>A Dockerfile rule: one per file, named after what it finds.</summary>
public abstract class DockerfileRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(DockerfileRuleContext context);
}

public sealed class DockerfileRuleContext
{
    private readonly List<DockerfileDiagnostic> _diagnostics;

    internal DockerfileRuleContext(DockerfileModel model, DockerfileAnalysisOptions options, List<DockerfileDiagnostic> diagnostics)
    {
        Model = model;
        Options = options;
        _diagnostics = diagnostics;
    }

    public DockerfileModel Model { get; }
    public DockerfileSyntax Syntax => Model.Syntax;
    public DockerfileAnalysisOptions Options { get; }
    public ContainerOs TargetOs => Options.TargetOs;

    public string TargetOsName => TargetOs == ContainerOs.Windows ? "Windows" : "Linux";

    /// <summary>Stages checked as Linux (<see cref="Stage.CheckedAs"/>): what runs in them must work on Linux.</summary>
    public IEnumerable<Stage> LinuxStages() => StagesCheckedAs(ContainerOs.Linux);

    /// <summary>Stages checked as Windows (<see cref="Stage.CheckedAs"/>).</summary>
    public IEnumerable<Stage> WindowsStages() => StagesCheckedAs(ContainerOs.Windows);

    /// <summary>Whether every stage that ends up in the image is checked as Linux: the architecture rules speak only then.</summary>
    public bool ImageIsCheckedAsLinux()
    {
        foreach (var stage in Model.RuntimeStages())
        {
            if (stage.CheckedAs(TargetOs) != ContainerOs.Linux)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<Stage> StagesCheckedAs(ContainerOs os)
    {
        foreach (var stage in Model.Stages)
        {
            if (stage.CheckedAs(TargetOs) == os)
            {
                yield return stage;
            }
        }
    }

    private Dictionary<Instruction, List<(string Program, string Word, TextSpan Span)>>? _programs;

    /// <summary>The programs an instruction runs, scanned once and shared by the rules that look at them.</summary>
    internal List<(string Program, string Word, TextSpan Span)> ProgramsOf(Instruction instruction)
    {
        _programs ??= new Dictionary<Instruction, List<(string, string, TextSpan)>>();
        if (!_programs.TryGetValue(instruction, out var programs))
        {
            programs = new List<(string, string, TextSpan)>(ShellCommands.Scan(instruction, Syntax));
            _programs[instruction] = programs;
        }

        return programs;
    }

    public void Report(RuleDescriptor rule, TextSpan span, string message, DockerfileFix? fix = null) =>
        _diagnostics.Add(new DockerfileDiagnostic(rule, span, message, fix));
}
