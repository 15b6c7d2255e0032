using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Engine;

/// <summary>A build-time finding (NN3xxx, NN9xxx) located in a file, 1-based.</summary>
public sealed record BuildFinding(string Id, RuleSeverity Severity, string? File, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    public static BuildFinding Unlocated(string id, RuleSeverity severity, string message) => new(id, severity, null, 0, 0, 0, 0, message);
}

/// <summary>The IDs of the build-time checks (they live here, where files and sockets are allowed).</summary>
public static class BuildRuleIds
{
    public const string CrlfScriptInLinuxImage = "NN3005";
    public const string CopySourceCaseMismatch = "NN3006";
    public const string InternalError = "NN9000";
    public const string InvalidConfiguration = "NN9002";
}
