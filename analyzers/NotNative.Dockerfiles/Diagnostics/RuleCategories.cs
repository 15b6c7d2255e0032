namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>The categories of <see cref="RuleCatalogue"/> (Roslyn's Category, shown in the IDE and in .editorconfig).</summary>
public static class RuleCategories
{
    public const string Paths = "Paths";
    public const string Environment = "Environment";
    public const string Network = "Network";
    public const string Process = "Process";
    public const string Platform = "Platform";
    public const string Docker = "Docker";
    public const string TargetOs = "TargetOS";
    public const string Syntax = "Syntax";
    public const string Architecture = "Architecture";
    public const string Commands = "Commands";
    public const string Shell = "Shell";
    public const string Engine = "Engine";
    public const string BuildContext = "BuildContext";
    public const string Tool = "Tool";
    public const string Configuration = "Configuration";
}
