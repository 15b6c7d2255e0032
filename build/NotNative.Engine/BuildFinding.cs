using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Engine;

/// <summary>A build-time finding (NN3xxx, NN9xxx) located in a file, 1-based.</summary>
public sealed record BuildFinding(string Id, RuleSeverity Severity, string? File, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    public static BuildFinding Unlocated(string id, RuleSeverity severity, string message) => new(id, severity, null, 0, 0, 0, 0, message);

    /// <summary>The Dockerfile edit `notnative fix` applies (NN3006: the file's real name in the COPY source).</summary>
    public DockerfileFix? Fix { get; init; }

    /// <summary>The context file `notnative fix` converts to LF (NN3005).</summary>
    public string? CrlfScript { get; init; }
}

/// <summary>The build-time rules the task and the CLI report besides the Dockerfile rules (entries of <see cref="RuleCatalogue"/>).</summary>
public static class BuildRuleDescriptors
{
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        RuleCatalogue.EngineOsMismatch,
        RuleCatalogue.EngineUnreachable,
        RuleCatalogue.EngineIsVm,
        RuleCatalogue.EngineArchitectureMismatch,
        RuleCatalogue.CrlfScriptInLinuxImage,
        RuleCatalogue.CopySourceCaseMismatch,
        RuleCatalogue.EngineArchitectureConflict,
        RuleCatalogue.NativeAssetsMissingForContainer,
        RuleCatalogue.InternalError,
        RuleCatalogue.InvalidConfiguration,
        RuleCatalogue.EngineAnswerUnusable,
        RuleCatalogue.ComposePathCaseMismatch,
        RuleCatalogue.ComposeResourcesAboveEngine,
    };
}
