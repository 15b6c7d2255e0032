using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// NN4004: a service's <c>platform:</c> pins another architecture than the project's target platform
/// (NotNativeTargetPlatform). The engine half, the same platform against the engine's architecture, is a build-check
/// finding of the same rule (<see cref="Platforms"/> gives both the services' pins).
/// </summary>
public sealed class ServicePlatformMismatchRule : ComposeRule
{
    public override RuleDescriptor Descriptor => RuleCatalogue.ComposePlatformMismatch;

    public override void Analyze(ComposeRuleContext context)
    {
        var target = context.Options.TargetPlatform is { } platform ? Architectures.OfPlatform(platform) ?? Architectures.Normalize(platform) : null;
        if (target == null)
        {
            return;
        }

        foreach (var (service, scalar, architecture) in Platforms(context.File))
        {
            if (architecture != target)
            {
                context.Report(Descriptor, scalar.Span,
                    $"Service '{service}' pins platform '{scalar.Value}' ({architecture}), but the project builds for {target} (NotNativeTargetPlatform '{context.Options.TargetPlatform}'). " +
                    $"The service runs under emulation, slowly, or fails with 'exec format error' where the {target} image is deployed. {Advice}");
            }
        }
    }

    /// <summary>What to do about a pinned platform, said the same way by both halves.</summary>
    public const string Advice = "Remove platform: to run the engine's own architecture, or pin the architecture the service is built and deployed for.";

    /// <summary>Each service's <c>platform:</c> that names an architecture, with its scalar.</summary>
    public static IEnumerable<(string Service, YamlScalar Platform, string Architecture)> Platforms(ComposeFile file)
    {
        foreach (var service in file.Services)
        {
            if (service.Node.Get("platform") is YamlScalar { IsNull: false } scalar && scalar.Value.IndexOf('$') < 0
                && Architectures.OfPlatform(scalar.Value) is { } architecture)
            {
                yield return (service.Name, scalar, architecture);
            }
        }
    }
}
