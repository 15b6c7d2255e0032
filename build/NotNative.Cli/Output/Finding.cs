using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Cli.Output;

/// <summary>A diagnostic located in a file, as every output format needs it (1-based lines and columns).</summary>
internal sealed record Finding(
    string Id,
    RuleSeverity Severity,
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Message,
    string Title,
    string HelpUri)
{
    public string SeverityName => Severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "info",
        _ => "hidden",
    };
}
