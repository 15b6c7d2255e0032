using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Dockerfiles.SdkContainer;

/// <summary>A finding on the SDK container publishing properties: the property to report it at, and its message.</summary>
public sealed class SdkContainerFinding
{
    public SdkContainerFinding(RuleDescriptor rule, string property, string? value, string message)
    {
        Rule = rule;
        Property = property;
        Value = value;
        Message = message;
    }

    public RuleDescriptor Rule { get; }
    public string Id => Rule.Id;

    /// <summary>The MSBuild property whose line in the project file the finding is reported at.</summary>
    public string Property { get; }

    /// <summary>The property's value, to tell its element from others of the same name (ProjectFileProperties.Find).</summary>
    public string? Value { get; }

    public string Message { get; }

    public override string ToString() => $"{Id} {Property}: {Message}";
}
