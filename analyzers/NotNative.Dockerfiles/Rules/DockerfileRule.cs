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

    /// <summary>Stages that must work as Linux (<see cref="Stage.MustRunAsLinux"/>).</summary>
    public IEnumerable<Stage> LinuxStages()
    {
        foreach (var stage in Model.Stages)
        {
            if (stage.MustRunAsLinux(TargetOs))
            {
                yield return stage;
            }
        }
    }

    public IEnumerable<Stage> WindowsStages()
    {
        foreach (var stage in Model.Stages)
        {
            if (stage.MustRunAsWindows(TargetOs))
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
