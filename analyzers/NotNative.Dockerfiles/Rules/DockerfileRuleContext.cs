using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>What a rule sees of one file (model, options, the programs each instruction runs) and where it reports.</summary>
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

    public void Report(RuleDescriptor rule, TextSpan span, string message, DockerfileFix? fix = null, string? architecture = null) =>
        _diagnostics.Add(new DockerfileDiagnostic(rule, span, message, fix, architecture));
}
