using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Dockerfiles.Rules;

/// <summary>A Dockerfile rule: one per file, named after what it finds.</summary>
public abstract class DockerfileRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(DockerfileRuleContext context);
}
