using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>A finding on a Dockerfile as plain data, the same in the IDE, the build and the CLI.</summary>
public sealed class DockerfileDiagnostic
{
    public DockerfileDiagnostic(RuleDescriptor rule, TextSpan span, string message, DockerfileFix? fix = null)
    {
        Rule = rule;
        Span = span;
        Message = message;
        Fix = fix;
    }

    public RuleDescriptor Rule { get; }
    public string Id => Rule.Id;
    public RuleSeverity Severity => Rule.DefaultSeverity;
    public TextSpan Span { get; }
    public string Message { get; }
    public DockerfileFix? Fix { get; }

    public override string ToString() => $"{Id} {Span}: {Message}";
}
