using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Dockerfiles.Compose;

/// <summary>A compose file rule (NN40xx): one per file, named after what it finds.</summary>
public abstract class ComposeRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(ComposeRuleContext context);
}
