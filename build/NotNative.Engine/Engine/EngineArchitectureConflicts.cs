using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>
/// NN3007: what the Dockerfile assumes of the architecture (the findings of NN2013-NN2016) held against the engine's
/// and the target platform. The Dockerfile rules say the file is not portable; this says the build here breaks:
/// an amd64 download on Docker Desktop on an Apple Silicon Mac, or, when the target platform is not the engine's, a
/// runtime stage pinned to $BUILDPLATFORM, an SDK stage publishing for the build machine, an SDK run under emulation.
/// One finding per Dockerfile line and cause; NN3004 speaks of constant pins and runtime identifiers, which these are not.
/// </summary>
public static class EngineArchitectureConflicts
{
    private const int SnippetLength = 120;

    public static IEnumerable<BuildFinding> Evaluate(ProbeResult probe, DockerfileLintResult lint, string file, TargetArchitecture? target)
    {
        if (probe.Facts is not { Os: ContainerOs.Linux } facts || Architectures.Normalize(facts.Architecture) is not { } engine)
        {
            yield break; // no answer, a Windows engine (NN3001's), or an architecture NotNative does not know
        }

        var engineText = $"The Docker engine at {EngineChecks.Where(probe)} is {facts.Description}";
        var crossBuild = target != null && target.Name != engine ? target : null;
        // The architecture the stages run as here: the target platform's when one is set (docker build --platform), else the engine's own.
        var runsAs = target?.Name ?? engine;
        foreach (var diagnostic in lint.Diagnostics)
        {
            var start = lint.Syntax.GetPosition(diagnostic.Span.Start);
            var end = lint.Syntax.GetPosition(diagnostic.Span.End);
            var line = start.Line + 1;
            var snippet = Snippet(lint, start.Line);
            var builtHere = crossBuild != null
                ? $"Built here for {crossBuild.Name} ({crossBuild.Source}), the stage runs {crossBuild.Name} under emulation"
                : $"Built on this engine, the stage runs {runsAs}";
            string? message = null;
            var severity = RuleSeverity.Error;
            switch (diagnostic.Id)
            {
                case RuleIds.HardcodedArchitectureDownload when diagnostic.Architecture is { } hardcoded && hardcoded != runsAs:
                    message = $"{engineText}, but line {line} downloads or installs a build for {hardcoded} only: '{snippet}'. {builtHere}, so the {hardcoded} file fails with " +
                        $"'exec format error' (a package: 'package architecture ({hardcoded}) does not match system ({runsAs})'). " +
                        (diagnostic.Fix != null
                            ? "Download per architecture: ${TARGETARCH} in place of the architecture name, with 'ARG TARGETARCH' in the stage ('notnative fix' writes it)."
                            : "Download per architecture: pick the file from TARGETARCH (amd64, arm64; declare 'ARG TARGETARCH' in the stage) or from $(uname -m) (x86_64, aarch64).");
                    break;
                case RuleIds.HardcodedDotNetArchitecture when diagnostic.Architecture is { } hardcoded && hardcoded != runsAs:
                    message = $"{engineText}, but line {line} builds the .NET app for {hardcoded}: '{snippet}'. {builtHere}, so the image holds {EngineFacts.Article(hardcoded)} {hardcoded} app " +
                        $"that fails with 'exec format error' on {runsAs}. Build with '-a $TARGETARCH' and 'ARG TARGETARCH' in the stage" +
                        (diagnostic.Fix != null ? " ('notnative fix' writes it)." : ", or build the runtime identifier from TARGETARCH.");
                    break;
                case RuleIds.HardcodedDotNetArchitecture when diagnostic.Architecture == null && crossBuild != null:
                    message = $"{crossBuild.Source} builds the image for {crossBuild.Name}, but {Lower(engineText)}: line {line} publishes on the build machine without '-a $TARGETARCH': '{snippet}'. " +
                        $"Built here, the app is {engine} while the image is {crossBuild.Name}, and it fails with 'exec format error' on {EngineFacts.Article(crossBuild.Name)} {crossBuild.Name} server. " +
                        "Publish with '-a $TARGETARCH' and 'ARG TARGETARCH' in the stage" + (diagnostic.Fix != null ? " ('notnative fix' writes it)." : ".");
                    break;
                case RuleIds.RuntimeStagePinnedToBuildPlatform when crossBuild != null:
                    message = $"{crossBuild.Source} builds the image for {crossBuild.Name}, but {Lower(engineText)}: line {line} pins a stage of the image to the build platform: '{snippet}'. " +
                        $"Built here, the image is {engine}, not {crossBuild.Name}, and fails with 'exec format error' on {EngineFacts.Article(crossBuild.Name)} {crossBuild.Name} server. " +
                        "Remove --platform from this FROM" + (diagnostic.Fix != null ? " ('notnative fix' does)." : ".");
                    break;
                case RuleIds.DotNetSdkStageEmulated when crossBuild != null:
                    // A warning: under emulation the build may pass (Rosetta), but .NET does not support it and it crashes often.
                    severity = RuleSeverity.Warning;
                    message = $"{crossBuild.Source} builds the image for {crossBuild.Name}, but {Lower(engineText)}: the .NET SDK stage of line {line} ('{snippet}') then runs under emulation, " +
                        "which .NET does not support (segmentation faults and hangs in 'dotnet restore' and 'dotnet publish'). " +
                        "Run the SDK natively with 'FROM --platform=$BUILDPLATFORM', and cross-build with 'ARG TARGETARCH' and 'dotnet publish -a $TARGETARCH'.";
                    break;
            }

            if (message != null)
            {
                yield return new BuildFinding(RuleIds.EngineArchitectureConflict, severity, file, line, start.Character + 1, end.Line + 1, end.Character + 1, message);
            }
        }
    }

    /// <summary>The Dockerfile line as written, trimmed, cut and made safe to print, so the message shows which one it is.</summary>
    private static string Snippet(DockerfileLintResult lint, int line)
    {
        var text = lint.Syntax.Text;
        var startOffset = lint.Syntax.Lines.LineStart(line);
        var endOffset = text.IndexOfAny(new[] { '\r', '\n' }, startOffset);
        return EngineText.Printable((endOffset < 0 ? text.Substring(startOffset) : text.Substring(startOffset, endOffset - startOffset)).Trim(), SnippetLength);
    }

    private static string Lower(string sentence) => sentence.Length > 0 ? char.ToLowerInvariant(sentence[0]) + sentence.Substring(1) : sentence;
}
