using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>A finding on a Dockerfile as plain data, the same in the IDE, the build and the CLI.</summary>
public sealed class DockerfileDiagnostic
{
    public DockerfileDiagnostic(RuleDescriptor rule, TextSpan span, string message, DockerfileFix? fix = null, string? architecture = null)
    {
        Architecture = architecture;
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

    /// <summary>The one architecture the finding hard-codes (NN2014, NN2015: <c>amd64</c>, <c>arm64</c>), which the engine check (NN3007) holds against the engine's.</summary>
    public string? Architecture { get; }

    public override string ToString() => $"{Id} {Span}: {Message}";
}
