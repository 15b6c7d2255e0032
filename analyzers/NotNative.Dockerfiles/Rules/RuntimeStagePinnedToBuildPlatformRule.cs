using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>
/// NN2013: a stage that ends up in the image (the final stage or one it builds on) is pinned to $BUILDPLATFORM, so
/// the image gets the build machine's architecture: built on an Apple Silicon Mac for linux/amd64, the "amd64" image
/// holds arm64 binaries (dotnet/dotnet-docker#5523).
/// </summary>
public sealed class RuntimeStagePinnedToBuildPlatformRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.RuntimeStagePinnedToBuildPlatform;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        foreach (var stage in context.Model.RuntimeStages())
        {
            // Only where the pin is written; stages that inherit it through FROM are reported there.
            if (!stage.Platform.RunsOnBuildMachine || stage.Platform.DecidedBy != stage || stage.Platform.Flag is not { } flag)
            {
                continue;
            }

            // FROM --platform=$BUILDPLATFORM scratch as the last stage is the `docker build --output` export pattern: files, not an image to run.
            if (stage.Image?.Repository == "scratch" && stage == context.Model.FinalStage)
            {
                continue;
            }

            var what = stage == context.Model.FinalStage ? "The final stage" : $"Stage '{stage}', which the final stage builds on,";
            context.Report(Rule, flag.Span,
                $"{what} is pinned to {flag.Text.Substring("--platform=".Length)}, so the image gets the build machine's architecture, not the target's: built on an Apple Silicon Mac with --platform linux/amd64, the 'amd64' image holds arm64 binaries and fails with 'exec format error' on an amd64 server. " +
                "Remove the --platform flag from this FROM (keep --platform=$BUILDPLATFORM on the build stages only).",
                RemoveFlag(context.Syntax, flag));
        }
    }

    /// <summary>Deletes the flag and the blanks after it, when the source holds the flag as written.</summary>
    private static DockerfileFix? RemoveFlag(DockerfileSyntax syntax, InstructionFlag flag)
    {
        var text = syntax.Text;
        if (!syntax.GetText(flag.Span).StartsWith("--platform", System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = flag.Span.End;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return new DockerfileFix("Remove --platform from the runtime stage", new[] { new TextEdit(new TextSpan(flag.Span.Start, end - flag.Span.Start), string.Empty) });
    }
}
