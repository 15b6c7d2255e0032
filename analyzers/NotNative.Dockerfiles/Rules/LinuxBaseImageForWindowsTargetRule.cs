using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2002: a Linux-only base image while the project targets Windows containers.</summary>
public sealed class LinuxBaseImageForWindowsTargetRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.LinuxBaseImageForWindowsTarget;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        if (context.TargetOs != ContainerOs.Windows)
        {
            return;
        }

        foreach (var stage in context.Model.Stages)
        {
            var verdict = stage.Os;
            if (verdict.Os != ContainerOs.Linux || verdict.Source == OsEvidenceSource.ParentStage || stage.BaseToken == null)
            {
                continue;
            }

            var span = verdict.Source == OsEvidenceSource.PlatformFlag && stage.PlatformFlag != null ? stage.PlatformFlag.Span : stage.BaseToken.Span;
            context.Report(Rule, span,
                $"The base image '{stage.BaseToken.Value}' is Linux-only ({verdict.Evidence}), but this project targets Windows containers ({context.Options.TargetOsSource}). " +
                "A Windows engine fails with 'image operating system \"linux\" cannot be used on this platform'. " +
                "Use a Windows image (for .NET, e.g. 'mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022'), or target Linux (DockerDefaultTargetOS=Linux) and switch the engine to Linux containers.");
        }
    }
}
