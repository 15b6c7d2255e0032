using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>The stages of a Dockerfile with each stage's OS decided from the strongest evidence.</summary>
public sealed class DockerfileModel
{
    private DockerfileModel(DockerfileSyntax syntax, IReadOnlyList<Stage> stages, IReadOnlyDictionary<string, string?> globalArgs, StageNames stageNames)
    {
        Syntax = syntax;
        Stages = stages;
        GlobalArgs = globalArgs;
        StageNames = stageNames;
    }

    internal StageNames StageNames { get; }

    public DockerfileSyntax Syntax { get; }
    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>ARGs declared before the first FROM with their defaults (null: no default).</summary>
    public IReadOnlyDictionary<string, string?> GlobalArgs { get; }

    public Stage? FinalStage => Stages.Count == 0 ? null : Stages[Stages.Count - 1];

    /// <summary>The stages that end up in the image: the final stage and the stages it builds on (<c>FROM base</c>).</summary>
    public IEnumerable<Stage> RuntimeStages()
    {
        for (var stage = FinalStage; stage != null; stage = stage.Parent)
        {
            yield return stage;
        }
    }

    /// <summary>
    /// The stages whose files end up in the image: the runtime stages and, transitively, the stages they copy from
    /// (<c>COPY --from=build</c>) or build on. A stage that only packages artifacts for download is not among them.
    /// </summary>
    public ISet<Stage> StagesFeedingImage()
    {
        var feeding = new HashSet<Stage>();
        var pending = new Stack<Stage>(RuntimeStages());
        while (pending.Count > 0)
        {
            var stage = pending.Pop();
            if (!feeding.Add(stage))
            {
                continue;
            }

            if (stage.Parent != null)
            {
                pending.Push(stage.Parent);
            }

            foreach (var source in CopySources(stage))
            {
                pending.Push(source);
            }
        }

        return feeding;
    }

    /// <summary>The stages a stage copies from with <c>COPY --from</c> or <c>ADD --from</c>.</summary>
    public IEnumerable<Stage> CopySources(Stage stage)
    {
        foreach (var instruction in stage.Instructions)
        {
            if ((instruction.Name == InstructionNames.Copy || instruction.Name == InstructionNames.Add) && instruction.GetFlag(InstructionFlags.From)?.Value is { } reference
                && FindStage(reference, stage.Index) is { } source)
            {
                yield return source;
            }
        }
    }

    public Stage? StageOf(Instruction instruction)
    {
        var index = PositionSearch.LastStartingAtOrBefore(Stages, instruction.Span.Start, s => s.From.Span.Start);
        return index < 0 ? null : Stages[index];
    }

    /// <summary>A stage by <c>AS</c> name or by index, as <c>COPY --from</c> and <c>FROM</c> name them.</summary>
    public Stage? FindStage(string reference, int beforeIndex)
    {
        if (StageNames.Find(reference, beforeIndex) is { } named)
        {
            return named;
        }

        if (int.TryParse(reference, out var index) && index >= 0 && index < beforeIndex && index < Stages.Count)
        {
            return Stages[index];
        }

        return null;
    }

    /// <summary>
    /// The OS the file's own stages tell: the one OS every stage of known OS agrees on, or Unknown when
    /// none is known or they disagree. A Dockerfile whose stages are all Windows images is a Windows Dockerfile.
    /// </summary>
    public ContainerOs OwnOs()
    {
        var own = ContainerOs.Unknown;
        foreach (var stage in Stages)
        {
            if (stage.Os.Os == ContainerOs.Unknown)
            {
                continue;
            }

            if (own != ContainerOs.Unknown && own != stage.Os.Os)
            {
                return ContainerOs.Unknown;
            }

            own = stage.Os.Os;
        }

        return own;
    }

    public static DockerfileModel Build(DockerfileSyntax syntax, ContainerOs targetOs)
    {
        var globalArgs = new Dictionary<string, string?>(StringComparer.Ordinal);
        Dictionary<string, string?>? fromVariables = null;
        var stages = new List<Stage>();
        var stageNames = new StageNames();
        foreach (var instruction in syntax.Instructions)
        {
            if (instruction.Name == InstructionNames.From)
            {
                // Global ARGs all stand before the first FROM, so FROM's variables are fixed from there on.
                fromVariables ??= FromVariables(globalArgs, targetOs);
                var stage = CreateStage(stages.Count, stageNames, instruction, fromVariables, syntax.EscapeToken);
                stages.Add(stage);
                stageNames.Add(stage);
            }
            else if (stages.Count == 0)
            {
                if (instruction.Name == InstructionNames.Arg)
                {
                    foreach (var argument in instruction.Arguments)
                    {
                        var (name, value) = SplitArg(argument.Value);
                        globalArgs[name] = value;
                    }
                }
            }
            else
            {
                stages[stages.Count - 1].Instructions.Add(instruction);
            }
        }

        return new DockerfileModel(syntax, stages, globalArgs, stageNames);
    }

    /// <summary><c>NAME=value</c> → (NAME, value without quotes); <c>NAME</c> → (NAME, null).</summary>
    internal static (string Name, string? Value) SplitArg(string word)
    {
        var eq = word.IndexOf('=');
        if (eq < 0)
        {
            return (word, null);
        }

        var value = word.Substring(eq + 1);
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
        {
            value = value.Substring(1, value.Length - 2);
        }

        return (word.Substring(0, eq), value);
    }

    /// <summary>The global ARGs, plus TARGETOS: the only automatic platform ARG known before the build.</summary>
    private static Dictionary<string, string?> FromVariables(Dictionary<string, string?> globalArgs, ContainerOs targetOs)
    {
        var variables = new Dictionary<string, string?>(globalArgs, StringComparer.Ordinal);
        if (targetOs != ContainerOs.Unknown && !variables.ContainsKey("TARGETOS"))
        {
            variables["TARGETOS"] = targetOs == ContainerOs.Windows ? "windows" : "linux";
        }

        return variables;
    }

    private static Stage CreateStage(int index, StageNames stageNames, Instruction from, Dictionary<string, string?> variables, char escape)
    {
        var stage = new Stage(index, from);
        var arguments = from.Arguments;
        if (arguments.Count > 0)
        {
            stage.BaseToken = arguments[0];
        }

        if (arguments.Count >= 3 && string.Equals(arguments[1].Value, "as", StringComparison.OrdinalIgnoreCase))
        {
            stage.Name = arguments[2].Value.ToLowerInvariant();
        }

        if (stage.BaseToken != null)
        {
            stage.ResolvedBase = VariableExpander.Expand(stage.BaseToken.Value, variables, escape);
            if (stage.ResolvedBase != null)
            {
                stage.Parent = stageNames.Find(stage.ResolvedBase, index);
                if (stage.Parent == null)
                {
                    stage.Image = ImageReference.Parse(stage.ResolvedBase);
                }
            }
            else
            {
                // A tag or digest from an ARG with no default: the repository alone may still tell the OS.
                stage.Image = ImageReference.Parse(VariableExpander.ExpandKnown(stage.BaseToken.Value, variables, escape));
            }
        }

        stage.PlatformFlag = from.GetFlag(InstructionFlags.Platform);
        if (stage.PlatformFlag?.Value != null)
        {
            stage.ResolvedPlatform = VariableExpander.Expand(stage.PlatformFlag.Value, variables, escape);
        }

        stage.Platform = StagePlatform.Decide(stage, variables, escape);
        stage.Os = DecideOs(stage);
        return stage;
    }

    private static OsVerdict DecideOs(Stage stage)
    {
        if (stage.ResolvedPlatform != null)
        {
            var os = stage.ResolvedPlatform.Split('/')[0].Trim().ToLowerInvariant();
            if (os == "linux" || os == "windows")
            {
                return new OsVerdict(os == "linux" ? ContainerOs.Linux : ContainerOs.Windows, OsEvidenceSource.PlatformFlag, $"--platform={stage.ResolvedPlatform}", null);
            }
        }

        if (stage.Parent != null)
        {
            // Name the evidence of the first stage of the chain, not the whole chain: nesting each parent's
            // evidence made a chain of n stages cost n² characters.
            var parent = stage.Parent.Os;
            var root = parent.Source == OsEvidenceSource.ParentStage ? parent.RootEvidence : parent.Evidence;
            return parent.Os == ContainerOs.Unknown
                ? OsVerdict.Unknown
                : new OsVerdict(parent.Os, OsEvidenceSource.ParentStage, $"it builds on stage '{stage.Parent}' ({root})", parent.Family, root);
        }

        var family = ImageCatalogue.Classify(stage.Image);
        if (family != null)
        {
            return new OsVerdict(family.Os, OsEvidenceSource.ImageCatalogue, family.Reason, family);
        }

        return OsVerdict.Unknown;
    }
}
