using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>Derives what the engine must be from the Dockerfile's final stage and the project's properties.</summary>
public static class EngineExpectations
{
    public static EngineExpectation From(DockerfileLintResult lint, string dockerfilePath, ContainerOs targetOs, string targetOsSource, string? containerRuntimeIdentifier)
    {
        var final = lint.Model.FinalStage;
        var os = targetOs;
        var osReason = $"the project's target OS ({targetOsSource})";
        int osLine = 0, osColumn = 0;
        if (final != null)
        {
            var start = lint.Syntax.GetPosition(final.From.Span.Start);
            osLine = start.Line + 1;
            osColumn = start.Character + 1;
            if (final.Os.Os != ContainerOs.Unknown)
            {
                os = final.Os.Os;
                osReason = $"the Dockerfile's final stage ('{final.BaseToken?.Value}': {final.Os.Evidence})";
            }
        }

        string? architecture = null;
        string? architectureReason = null;
        int archLine = 0, archColumn = 0;
        if (final?.ResolvedPlatform is { } platform && platform.IndexOf('$') < 0 && Architectures.OfPlatform(platform) is { } pinned)
        {
            architecture = pinned;
            var position = lint.Syntax.GetPosition(final.PlatformFlag!.Span.Start);
            archLine = position.Line + 1;
            archColumn = position.Character + 1;
            architectureReason = $"FROM --platform={platform} in the final stage";
        }
        else if (OfRuntimeIdentifiers(containerRuntimeIdentifier, null) is { } fromRids)
        {
            return new EngineExpectation(os, osReason, fromRids.Architectures[0], fromRids.Reason, dockerfilePath, osLine, osColumn, 0, 0);
        }

        return new EngineExpectation(os, osReason, architecture, architectureReason, dockerfilePath, osLine, osColumn, archLine, archColumn);
    }

    /// <summary>
    /// What the engine must be for a project without a Dockerfile (the SDK's PublishContainer loads the image into it):
    /// the project's target OS, and the architectures of ContainerRuntimeIdentifier, else of ContainerRuntimeIdentifiers, as the SDK picks them.
    /// </summary>
    public static EngineExpectation ForProject(ContainerOs targetOs, string targetOsSource, string? containerRuntimeIdentifier, string? containerRuntimeIdentifiers) =>
        ForSdkImage(targetOs, $"the project's target OS ({targetOsSource})", null, containerRuntimeIdentifier, containerRuntimeIdentifiers);

    /// <summary>What the engine must be for an image the SDK builds: <paramref name="os"/> for <paramref name="osReason"/>, and the RIDs' architectures.</summary>
    public static EngineExpectation ForSdkImage(ContainerOs os, string osReason, string? projectFile, string? containerRuntimeIdentifier, string? containerRuntimeIdentifiers) =>
        OfRuntimeIdentifiers(containerRuntimeIdentifier, containerRuntimeIdentifiers) is { } fromRids
            ? new EngineExpectation(os, osReason, fromRids.Architectures[0], fromRids.Reason, projectFile, 0, 0, 0, 0, fromRids.Architectures.Skip(1).ToList())
            : new EngineExpectation(os, osReason, null, null, projectFile, 0, 0, 0, 0);

    /// <summary>The architectures the SDK builds the image for: ContainerRuntimeIdentifier's when set, else each of ContainerRuntimeIdentifiers'; null when none is known.</summary>
    private static (List<string> Architectures, string Reason)? OfRuntimeIdentifiers(string? containerRuntimeIdentifier, string? containerRuntimeIdentifiers)
    {
        if (!string.IsNullOrWhiteSpace(containerRuntimeIdentifier))
        {
            return Architectures.OfRuntimeIdentifier(containerRuntimeIdentifier) is { } single
                ? (new List<string> { single }, $"ContainerRuntimeIdentifier '{containerRuntimeIdentifier!.Trim()}'")
                : null;
        }

        var rids = (containerRuntimeIdentifiers ?? string.Empty).Split(';').Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        var architectures = rids.Select(r => Architectures.OfRuntimeIdentifier(r) ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        return rids.Count > 0 && !architectures.Contains(string.Empty)
            ? (architectures, $"ContainerRuntimeIdentifiers '{string.Join(";", rids)}'")
            : null;
    }
}
