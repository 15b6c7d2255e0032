namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>
/// What a rule is: ID, title, default severity, category, description and where its documentation lives.
/// Only <see cref="RuleCatalogue"/> makes them, so every adapter (analyzer, task, CLI, SARIF) says the same.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string title, RuleSeverity defaultSeverity, string category, string description, RuleSeverity? requiredModeSeverity = null)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
        Description = description;
        RequiredModeSeverity = requiredModeSeverity;
    }

    public string Id { get; }
    public string Title { get; }
    public RuleSeverity DefaultSeverity { get; }
    public string Category { get; }
    public string Description { get; }

    /// <summary>The severity under <c>NotNativeEngineCheck=required</c>, for the engine findings that depend on the mode.</summary>
    public RuleSeverity? RequiredModeSeverity { get; }

    public string HelpLink => RuleCatalogue.HelpLink(Id);

    public override string ToString() => $"{Id}: {Title}";
}
