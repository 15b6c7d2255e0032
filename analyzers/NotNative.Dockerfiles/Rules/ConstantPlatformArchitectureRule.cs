using System;
using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Dockerfiles.Rules;

/// <summary>NN2010: FROM --platform= with a constant architecture: emulated (or failing) on engines of another architecture.</summary>
public sealed class ConstantPlatformArchitectureRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.ConstantPlatformArchitecture;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        var pins = new List<(Syntax.InstructionFlag Flag, string Value, string Architecture)>();
        foreach (var stage in context.Model.Stages)
        {
            var flag = stage.PlatformFlag;
            if (flag?.Value == null || flag.Value.IndexOf('$') >= 0)
            {
                continue;
            }

            var value = flag.Value.Trim('"', '\'');
            var parts = value.Split('/');
            if (parts.Length < 2 || parts[1].Length == 0)
            {
                continue;
            }

            pins.Add((flag, value, parts[1]));
        }

        // Stages pinned to different architectures in one file are deliberate (a multi-architecture fixture, such as
        // testcontainers-dotnet's image-pull test), not a pin added to make a build work on one machine.
        if (pins.Select(p => p.Architecture).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            return;
        }

        foreach (var (flag, value, architecture) in pins)
        {

            context.Report(Rule, flag.Span,
                $"FROM --platform={value} pins the {architecture} architecture. On an engine of another architecture (Apple Silicon Macs, arm64 servers) this stage runs under emulation, slowly, or fails with 'exec format error'. " +
                "Use --platform=$BUILDPLATFORM for build stages and $TARGETPLATFORM (or no flag) for the final stage; keep the constant only if the image truly exists for one architecture, and suppress this with '# notnative ignore=NN2010'.");
        }
    }
}
