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
                fix = new DockerfileFix($"Use '{equivalent}'", new[] { new TextEdit(token.Span, equivalent) });
            }

            context.Report(Rule, span, message, fix);
        }
    }
}
