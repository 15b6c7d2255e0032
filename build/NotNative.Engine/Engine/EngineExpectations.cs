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
        else if (Architectures.OfRuntimeIdentifier(containerRuntimeIdentifier) is { } fromRid)
        {
            architecture = fromRid;
            architectureReason = $"ContainerRuntimeIdentifier '{containerRuntimeIdentifier}'";
        }

        return new EngineExpectation(os, osReason, architecture, architectureReason, dockerfilePath, osLine, osColumn, archLine, archColumn);
    }
}
