namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>A rule's default severity, as Roslyn, MSBuild and SARIF have it.</summary>
public enum RuleSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}
