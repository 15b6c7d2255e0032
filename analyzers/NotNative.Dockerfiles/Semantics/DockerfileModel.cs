using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>The stages of a Dockerfile with each stage's OS decided from the strongest evidence.</summary>
public sealed class DockerfileModel
{
    private DockerfileModel(DockerfileSyntax syntax, IReadOnlyList<Stage> stages, IReadOnlyDictionary<string, string?> globalArgs)
    {
        Syntax = syntax;
        Stages = stages;
        GlobalArgs = globalArgs;
    }

    public DockerfileSyntax Syntax { get; }
    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>ARGs declared before the first FROM with their defaults (null: no default).</summary>
    public IReadOnlyDictionary<string, string?> GlobalArgs { get; }

    public Stage? FinalStage => Stages.Count == 0 ? null : Stages[Stages.Count - 1];

    public Stage? StageOf(Instruction instruction)
    {
        Stage? found = null;
        foreach (var stage in Stages)
        {
            if (stage.From.Span.Start <= instruction.Span.Start)
            {
                found = stage;
            }
        }

        return found;
    }

    /// <summary>A stage by <c>AS</c> name or by index, as <c>COPY --from</c> and <c>FROM</c> name them.</summary>
    public Stage? FindStage(string reference, int beforeIndex)
    {
        var lower = reference.ToLowerInvariant();
        for (var i = 0; i < beforeIndex && i < Stages.Count; i++)
        {
            if (Stages[i].Name == lower)
            {
                return Stages[i];
            }
        }

        if (int.TryParse(reference, out var index) && index >= 0 && index < beforeIndex && index < Stages.Count)
        {
            return Stages[index];
        }

        return null;
    }

    public static DockerfileModel Build(DockerfileSyntax syntax, ContainerOs targetOs)
    {
        var globalArgs = new Dictionary<string, string?>(StringComparer.Ordinal);
        Dictionary<string, string?>? fromVariables = null;
        var stages = new List<Stage>();
        foreach (var instruction in syntax.Instructions)
        {
            if (instruction.Name == "from")
            {
                // Global ARGs all stand before the first FROM, so FROM's variables are fixed from there on.
                fromVariables ??= FromVariables(globalArgs, targetOs);
                stages.Add(CreateStage(stages, instruction, fromVariables, syntax.EscapeToken));
            }
            else if (stages.Count == 0)
            {
                if (instruction.Name == "arg")
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

        return new DockerfileModel(syntax, stages, globalArgs);
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

    private static Stage CreateStage(List<Stage> stages, Instruction from, Dictionary<string, string?> variables, char escape)
    {
        var stage = new Stage(stages.Count, from);
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
                stage.Parent = FindByName(stages, stage.ResolvedBase);
                if (stage.Parent == null)
                {
                    stage.Image = ImageReference.Parse(stage.ResolvedBase);
                }
            }
        }

        stage.PlatformFlag = from.GetFlag("platform");
        if (stage.PlatformFlag?.Value != null)
        {
            stage.ResolvedPlatform = VariableExpander.Expand(stage.PlatformFlag.Value, variables, escape);
        }

        stage.Os = DecideOs(stage);
        return stage;
    }

    private static Stage? FindByName(List<Stage> stages, string name)
    {
        var lower = name.ToLowerInvariant();
        foreach (var stage in stages)
        {
            if (stage.Name == lower)
            {
                return stage;
            }
        }

        return null;
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
            var parent = stage.Parent.Os;
            return parent.Os == ContainerOs.Unknown
                ? OsVerdict.Unknown
                : new OsVerdict(parent.Os, OsEvidenceSource.ParentStage, $"it builds on stage '{stage.Parent}' ({parent.Evidence})", parent.Family);
        }

        var family = ImageCatalogue.Classify(stage.Image);
        if (family != null)
        {
            return new OsVerdict(family.Os, OsEvidenceSource.ImageCatalogue, family.Reason, family);
        }

        return OsVerdict.Unknown;
    }
}
