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
        if (final?.ResolvedPlatform is { } platform && platform.IndexOf('$') < 0 && platform.Split('/') is { Length: >= 2 } parts && parts[1].Length > 0)
        {
            architecture = EngineFacts.NormalizeArchitecture(parts[1]);
            var position = lint.Syntax.GetPosition(final.PlatformFlag!.Span.Start);
            archLine = position.Line + 1;
            archColumn = position.Character + 1;
            architectureReason = $"FROM --platform={platform} in the final stage";
        }
        else if (ArchitectureOfRuntimeIdentifier(containerRuntimeIdentifier) is { } fromRid)
        {
            architecture = fromRid;
            architectureReason = $"ContainerRuntimeIdentifier '{containerRuntimeIdentifier}'";
        }

        return new EngineExpectation(os, osReason, architecture, architectureReason, dockerfilePath, osLine, osColumn, archLine, archColumn);
    }

    /// <summary><c>linux-x64</c> → amd64, <c>linux-musl-arm64</c> → arm64; null when there is none.</summary>
    public static string? ArchitectureOfRuntimeIdentifier(string? rid)
    {
        if (string.IsNullOrWhiteSpace(rid))
        {
            return null;
        }

        var last = rid!.Trim().ToLowerInvariant().Split('-').Last();
        return last switch
        {
            "x64" => "amd64",
            "arm64" => "arm64",
            "arm" => "arm",
            "x86" => "386",
            "s390x" => "s390x",
            "ppc64le" => "ppc64le",
            _ => null,
        };
    }
}
