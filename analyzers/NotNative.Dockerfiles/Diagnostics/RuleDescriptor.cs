namespace NotNative.Dockerfiles.Diagnostics;

public enum RuleSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>What a rule is: ID, title, default severity, category and where its documentation lives.</summary>
public sealed class RuleDescriptor
{
    public const string HelpLinkBase = "https://github.com/notnative/notnative/blob/main/docs/rules/";

    public RuleDescriptor(string id, string title, RuleSeverity defaultSeverity, string category, string description)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
        Description = description;
    }

    public string Id { get; }
    public string Title { get; }
    public RuleSeverity DefaultSeverity { get; }
    public string Category { get; }
    public string Description { get; }
    public string HelpLink => HelpLinkBase + Id + ".md";
}
