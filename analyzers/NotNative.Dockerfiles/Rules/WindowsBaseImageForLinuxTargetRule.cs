using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2001: a stage's base is a Windows image while the project targets Linux containers.</summary>
public sealed class WindowsBaseImageForLinuxTargetRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.WindowsBaseImageForLinuxTarget;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        if (context.TargetOs != ContainerOs.Linux)
        {
            return;
        }

        var pathsByRoot = WindowsPathsByRootStage(context.Model);
        foreach (var stage in context.Model.Stages)
        {
            var verdict = stage.Os;
            if (verdict.Os != ContainerOs.Windows || verdict.Source == OsEvidenceSource.ParentStage || stage.BaseToken == null)
            {
                continue;
            }

            var token = stage.BaseToken;
            var equivalent = stage.Image != null && verdict.Family != null ? verdict.Family.Equivalent(stage.Image) : null;
            var span = verdict.Source == OsEvidenceSource.PlatformFlag && stage.PlatformFlag != null ? stage.PlatformFlag.Span : token.Span;
            var fixText = equivalent != null
                ? $"Use the Linux image '{equivalent}'."
                : verdict.Source == OsEvidenceSource.PlatformFlag
                    ? "Use --platform=linux/... (or $TARGETPLATFORM) and a Linux image."
                    : $"There is no Linux equivalent: {verdict.Family?.NoEquivalentReason ?? "pick a Linux image"}; or, if the app must run on Windows, set DockerDefaultTargetOS=Windows and build on a Windows engine.";
            var message =
                $"The base image '{token.Value}' is a Windows image ({verdict.Evidence}), but this project targets Linux containers. " +
                "It may build on a PC whose Docker Desktop is switched to Windows containers; a Linux engine (Docker Desktop's default, Linux hosts, CI runners) fails with " +
                "'no matching manifest for linux/amd64' or 'image operating system \"windows\" cannot be used on this platform'. " + fixText;
            DockerfileFix? fix = null;
            if (equivalent != null && token.Value == stage.ResolvedBase && context.Syntax.GetText(token.Span) == token.Value)
            {
                // The stage's Windows paths (and those of stages built on it) are not reported on their own: they
                // follow from this base. The fix that changes the image turns them into POSIX paths too.
                var edits = new List<TextEdit> { new(token.Span, equivalent) };
                if (pathsByRoot.TryGetValue(stage, out var paths))
                {
                    edits.AddRange(paths);
                }

                fix = new DockerfileFix(edits.Count == 1 ? $"Use '{equivalent}'" : $"Use '{equivalent}' and POSIX paths", edits);
            }

            context.Report(Rule, span, message, fix);
        }
    }

    /// <summary>The POSIX edits of each root stage's Windows paths and of the stages built on it, in one pass.</summary>
    private static Dictionary<Stage, List<TextEdit>> WindowsPathsByRootStage(DockerfileModel model)
    {
        var roots = new Dictionary<Stage, Stage>();
        var result = new Dictionary<Stage, List<TextEdit>>();
        foreach (var stage in model.Stages)
        {
            // Parents come earlier in the file, so their root is already known.
            var root = stage.Parent != null && roots.TryGetValue(stage.Parent, out var parentRoot) ? parentRoot : stage;
            roots[stage] = root;
            foreach (var use in WindowsPathInLinuxStageRule.WindowsPathsIn(stage))
            {
                if (use.Edit(model.Syntax) is { } edit)
                {
                    if (!result.TryGetValue(root, out var edits))
                    {
                        result[root] = edits = new List<TextEdit>();
                    }

                    edits.Add(edit);
                }
            }
        }

        return result;
    }
}
