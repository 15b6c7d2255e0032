using System;
using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Rules;

/// <summary>
/// NN2016: a .NET SDK stage that is not pinned to $BUILDPLATFORM is built for the target platform, so building the
/// image for another architecture than the engine's runs the SDK under QEMU, which .NET does not support
/// (docker/buildx#1639, dotnet/runtime#95120, dotnet/dotnet-docker#5355).
/// </summary>
public sealed class DotNetSdkStageEmulatedRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.DotNetSdkStageEmulated;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        var model = context.Model;
        if (model.FinalStage?.Platform.Pin == PlatformPin.Constant)
        {
            return; // a variant Dockerfile for one architecture: NN2010 speaks of its pin
        }

        if (!context.ImageIsCheckedAsLinux())
        {
            return; // the image is of another OS than the target (NN2001/NN2002): one root cause, one finding
        }

        var feeding = model.StagesFeedingImage();
        var runtime = new HashSet<Stage>(model.RuntimeStages());

        // Each FROM chain once, by its first stage (parents stand before their children): linear in the stages.
        var chains = new Dictionary<Stage, (bool Runtime, bool Feeding, bool Builds)>();
        var rootOf = new Dictionary<Stage, Stage>();
        foreach (var stage in model.Stages)
        {
            var root = stage.Parent != null && rootOf.TryGetValue(stage.Parent, out var parentRoot) ? parentRoot : stage;
            rootOf[stage] = root;
            chains.TryGetValue(root, out var chain);
            chains[root] = (chain.Runtime || runtime.Contains(stage), chain.Feeding || feeding.Contains(stage), chain.Builds || DotNetCli.Invocations(stage, context.Syntax).Any());
        }

        foreach (var stage in context.LinuxStages())
        {
            // Where the SDK image is named (the first stage of a FROM chain), built for the target platform.
            if (stage.Parent != null || !stage.Platform.RunsOnTarget || !ImageCatalogue.IsDotNetSdk(stage.Image)
                || (stage.Image!.Tag ?? string.Empty).IndexOf("aot", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                continue; // native AOT compiles with the target's own toolchain: its SDK stage is meant to run on the target
            }

            var chain = chains[stage];
            if (chain.Runtime || !chain.Feeding || !chain.Builds)
            {
                continue; // the SDK is the image itself (NN2013 would speak of pinning it), or the stage builds nothing the image uses
            }

            context.Report(Rule, stage.BaseToken?.Span ?? stage.From.KeywordSpan,
                $"Stage '{stage}' runs the .NET SDK on the target platform: building the image for another architecture than the engine's (linux/amd64 on Docker Desktop on an Apple Silicon Mac, arm64 on an amd64 CI runner) runs the SDK under QEMU emulation, which .NET does not support (crashes, hangs). " +
                "Run it natively with 'FROM --platform=$BUILDPLATFORM' and cross-build with 'ARG TARGETARCH' and 'dotnet publish -a $TARGETARCH', as the official samples do.");
        }
    }
}
