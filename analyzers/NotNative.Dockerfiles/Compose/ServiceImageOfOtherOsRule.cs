using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// NN4003: a service whose image (<c>image:</c>, as the image catalogue classifies it) or build (<c>build:</c>, its
/// Dockerfile's stages as the Dockerfile model sees them, when the host can read it) is of another OS than the one the
/// compose file is held to. One engine runs the whole compose file with its own OS.
/// </summary>
public sealed class ServiceImageOfOtherOsRule : ComposeRule
{
    public override RuleDescriptor Descriptor => RuleCatalogue.ComposeServiceOfOtherOs;

    public override void Analyze(ComposeRuleContext context)
    {
        if (context.TargetOs == ContainerOs.Unknown)
        {
            return;
        }

        foreach (var service in context.File.Services)
        {
            if (!context.Budget.Visit())
            {
                return;
            }

            var build = service.Node.Get("build");
            if (build != null)
            {
                // With a build, image: only names the result.
                AnalyzeBuild(context, service, build);
                continue;
            }

            if (service.Node.Get("image") is not YamlScalar { IsNull: false } image
                || ImageReference.Parse(image.Value) is not { } reference
                || ImageCatalogue.Classify(reference) is not { } family
                || family.Os == ContainerOs.Unknown || family.Os == context.TargetOs)
            {
                continue;
            }

            var equivalent = family.Equivalent(reference);
            var instead = equivalent != null ? $"Use the {Name(context.TargetOs)} image '{equivalent}'." : $"Use a {Name(context.TargetOs)} image.";
            context.Report(Descriptor, image.Span,
                $"Service '{service.Name}' runs '{image.Value}', a {Name(family.Os)} image ({family.Reason}), but this compose file is for {Name(context.TargetOs)} containers ({context.TargetOsSource}). " +
                $"One engine runs every service with its own OS: {Failure(family.Os)} {instead}");
        }
    }

    private void AnalyzeBuild(ComposeRuleContext context, ComposeService service, YamlNode build)
    {
        var contextNode = build as YamlScalar ?? (build as YamlMapping)?.Get("context") as YamlScalar;
        var dockerfileNode = (build as YamlMapping)?.Get("dockerfile") as YamlScalar;
        var folder = contextNode is { IsNull: false } ? contextNode.Value : ".";
        var dockerfile = dockerfileNode is { IsNull: false } ? dockerfileNode.Value : "Dockerfile";
        if (folder.IndexOf('$') >= 0 || dockerfile.IndexOf('$') >= 0 || folder.IndexOf("://", System.StringComparison.Ordinal) >= 0 || context.Options.ReadFile == null)
        {
            return;
        }

        var path = dockerfile.StartsWith("/", System.StringComparison.Ordinal) || WindowsPaths.IsAbsolute(dockerfile) ? dockerfile : folder.TrimEnd('/') + "/" + dockerfile;
        if (context.Options.ReadFile(path) is not { } text)
        {
            return;
        }

        var model = DockerfileModel.Build(DockerfileParser.Parse(text), context.TargetOs);
        var os = model.OwnOs();
        if (os == ContainerOs.Unknown || os == context.TargetOs)
        {
            return;
        }

        var evidence = model.FinalStage?.Os.Evidence ?? "its stages";
        var at = dockerfileNode ?? contextNode ?? (YamlNode)service.NameNode;
        context.Report(Descriptor, at.Span,
            $"Service '{service.Name}' builds '{dockerfile}', a {Name(os)} Dockerfile ({evidence}), but this compose file is for {Name(context.TargetOs)} containers ({context.TargetOsSource}). " +
            $"One engine runs every service with its own OS: {Failure(os)} Build the service from a {Name(context.TargetOs)} Dockerfile.");
    }

    private static string Failure(ContainerOs imageOs) => imageOs == ContainerOs.Windows
        ? "a Linux engine (Docker Desktop's default, Linux hosts, CI) fails with 'no matching manifest for linux/amd64' or 'image operating system \"windows\" cannot be used on this platform'."
        : "a Windows engine fails with 'no matching manifest for windows/amd64' or 'image operating system \"linux\" cannot be used on this platform'.";

    private static string Name(ContainerOs os) => os == ContainerOs.Windows ? "Windows" : "Linux";
}
