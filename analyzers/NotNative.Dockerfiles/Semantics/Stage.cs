using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>A build stage: its FROM, what its base resolves to, its OS verdict and its instructions.</summary>
public sealed class Stage
{
    internal Stage(int index, Instruction from)
    {
        Index = index;
        From = from;
    }

    public int Index { get; }
    public Instruction From { get; }

    /// <summary>The base as written (<c>$REPO:8.0</c>), or null for a FROM with no argument.</summary>
    public Token? BaseToken { get; internal set; }

    /// <summary>The base after ARG defaults were substituted; null when a variable has no known value.</summary>
    public string? ResolvedBase { get; internal set; }

    public ImageReference? Image { get; internal set; }

    /// <summary>The stage this one builds on (<c>FROM build</c>), if any.</summary>
    public Stage? Parent { get; internal set; }

    /// <summary>The <c>AS name</c>, lower-cased as BuildKit matches it.</summary>
    public string? Name { get; internal set; }

    public InstructionFlag? PlatformFlag { get; internal set; }
    public string? ResolvedPlatform { get; internal set; }

    /// <summary>The platform the stage is built for: its own <c>--platform</c>, its parent stage's, or its image's architecture.</summary>
    public StagePlatform Platform { get; internal set; } = StagePlatform.Target;

    public OsVerdict Os { get; internal set; } = OsVerdict.Unknown;

    /// <summary>The instructions after FROM up to the next FROM.</summary>
    public List<Instruction> Instructions { get; } = new();

    /// <summary>
    /// The OS this stage will run as on the target engine: its own verdict when known, otherwise the
    /// project's target OS (a shared tag like <c>golang:1.22</c> resolves to the engine's OS).
    /// </summary>
    public ContainerOs EffectiveOs(ContainerOs targetOs) => Os.Os != ContainerOs.Unknown ? Os.Os : targetOs;

    /// <summary>
    /// The one decision of the OS the rules check this stage's instructions against: its own OS when it agrees
    /// with the target's or is unknown (a shared tag like <c>golang:1.22</c> runs as the engine's OS), and
    /// <see cref="ContainerOs.Unknown"/> when its own OS is another than the target's. That stage's base is the
    /// root cause, reported once (NN2001/NN2002); its Windows paths or commands are right for the OS it was
    /// written for, and reporting them again would only repeat it.
    /// </summary>
    public ContainerOs CheckedAs(ContainerOs targetOs)
    {
        var effective = EffectiveOs(targetOs);
        return targetOs != ContainerOs.Unknown && effective != targetOs ? ContainerOs.Unknown : effective;
    }

    /// <summary>
    /// Whether this stage must work as Linux for the build-context checks: every stage when the project targets Linux (a Linux engine
    /// builds them all; a Windows base is NN2001 and its Windows-isms break once it is fixed), and stages
    /// with a known Linux base when it targets Windows.
    /// </summary>
    public bool MustRunAsLinux(ContainerOs targetOs) => targetOs == ContainerOs.Linux || Os.Os == ContainerOs.Linux;

    /// <summary>Whether this stage must work as Windows: the target is Windows and its base is not known Linux.</summary>
    public bool MustRunAsWindows(ContainerOs targetOs) => targetOs == ContainerOs.Windows && Os.Os != ContainerOs.Linux;

    public override string ToString() => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
