using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2007: COPY --from a stage or image of another OS than the stage it copies into.</summary>
public sealed class CopyFromStageOfOtherOsRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.CopyFromStageOfOtherOs;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.Os.Os == ContainerOs.Unknown)
            {
                continue;
            }

            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name != InstructionNames.Copy)
                {
                    continue;
                }

                var from = instruction.GetFlag(InstructionFlags.From);
                if (from?.Value == null)
                {
                    continue;
                }

                var sourceOs = SourceOs(context.Model, from.Value, stage.Index);
                if (sourceOs == ContainerOs.Unknown || sourceOs == stage.Os.Os)
                {
                    continue;
                }

                context.Report(Rule, from.Span,
                    $"COPY --from={from.Value} copies from a {Name(sourceOs)} source into a {Name(stage.Os.Os)} stage. " +
                    "One engine builds all stages with its own OS, so one of them cannot be built, and files built for one OS do not run on the other. " +
                    $"This file is checked for {context.TargetOsName} containers ({context.Options.TargetOsSource}): build both stages on {context.TargetOsName} images (for .NET, the sdk and aspnet images of the same OS).");
            }
        }
    }

    private static ContainerOs SourceOs(DockerfileModel model, string reference, int stageIndex)
    {
        var stage = model.FindStage(reference, stageIndex);
        if (stage != null)
        {
            return stage.Os.Os;
        }

        return ImageCatalogue.Classify(ImageReference.Parse(reference))?.Os ?? ContainerOs.Unknown;
    }

    private static string Name(ContainerOs os) => os == ContainerOs.Windows ? "Windows" : "Linux";
}
