using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>How a stage's platform is decided.</summary>
public enum PlatformPin
{
    /// <summary>No <c>--platform</c> and no architecture in the image: the stage is built for the target platform.</summary>
    None,

    /// <summary><c>--platform=$BUILDPLATFORM</c> (or <c>$BUILDOS/$BUILDARCH</c>): the stage runs on the build machine.</summary>
    BuildPlatform,

    /// <summary><c>--platform=$TARGETPLATFORM</c> (or <c>linux/$TARGETARCH</c>): the target platform, as with no flag.</summary>
    TargetPlatform,

    /// <summary>A constant architecture: <c>--platform=linux/amd64</c>, or an image of one architecture (<c>arm64v8/ubuntu</c>, <c>8.0-amd64</c>).</summary>
    Constant,

    /// <summary><c>--platform</c> from an ARG whose value is not known before the build.</summary>
    Unknown,
}

/// <summary>The platform a stage is built for, and where that was decided (its own FROM or an ancestor's).</summary>
public sealed class StagePlatform
{
    public static readonly StagePlatform Target = new(PlatformPin.None, null, null, null);

    /// <summary>BuildKit's automatic platform ARGs: their values are known only when the build runs.</summary>
    private static readonly string[] AutomaticArgs =
    {
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
    };

    internal StagePlatform(PlatformPin pin, string? architecture, InstructionFlag? flag, Stage? decidedBy)
    {
        Pin = pin;
        Architecture = architecture;
        Flag = flag;
        DecidedBy = decidedBy;
    }

    public PlatformPin Pin { get; }

    /// <summary>Docker's name of the pinned architecture (<see cref="Architectures"/>), for <see cref="PlatformPin.Constant"/>.</summary>
    public string? Architecture { get; }

    /// <summary>The <c>--platform</c> flag that decided it, on this stage's FROM or an ancestor's; null when none did.</summary>
    public InstructionFlag? Flag { get; }

    /// <summary>The stage whose FROM decided it (this one, or the first of the <c>FROM base</c> chain), or null for the default.</summary>
    public Stage? DecidedBy { get; }

    /// <summary>The stage runs on the build machine's platform, whatever the target.</summary>
    public bool RunsOnBuildMachine => Pin == PlatformPin.BuildPlatform;

    /// <summary>The stage is built for the target platform (the one <c>docker build --platform</c> names).</summary>
    public bool RunsOnTarget => Pin is PlatformPin.None or PlatformPin.TargetPlatform;

    /// <summary>The platform of a stage: its own <c>--platform</c>, else its parent stage's, else its image's architecture.</summary>
    internal static StagePlatform Decide(Stage stage, IReadOnlyDictionary<string, string?> variables, char escape)
    {
        var flag = stage.PlatformFlag;
        if (flag?.Value is { Length: > 0 } value)
        {
            var (pin, architecture) = Classify(value, variables, escape);
            return new StagePlatform(pin, architecture, flag, stage);
        }

        if (stage.Parent != null)
        {
            return stage.Parent.Platform;
        }

        return Architectures.OfImage(stage.Image) is { } pinned
            ? new StagePlatform(PlatformPin.Constant, pinned, null, stage)
            : Target;
    }

    private static (PlatformPin Pin, string? Architecture) Classify(string value, IReadOnlyDictionary<string, string?> variables, char escape)
    {
        // Other ARGs are expanded with their defaults; the automatic ones stay as written, as BuildKit fills them at build time.
        var known = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var pair in variables)
        {
            if (Array.IndexOf(AutomaticArgs, pair.Key) < 0)
            {
                known[pair.Key] = pair.Value;
            }
        }

        var expanded = VariableExpander.ExpandKnown(value, known, escape);
        if (expanded.IndexOf("BUILDPLATFORM", StringComparison.Ordinal) >= 0 || expanded.IndexOf("BUILDARCH", StringComparison.Ordinal) >= 0)
        {
            return (PlatformPin.BuildPlatform, null);
        }

        if (expanded.IndexOf("TARGETPLATFORM", StringComparison.Ordinal) >= 0 || expanded.IndexOf("TARGETARCH", StringComparison.Ordinal) >= 0)
        {
            return (PlatformPin.TargetPlatform, null);
        }

        if (expanded.IndexOf('$') >= 0)
        {
            return (PlatformPin.Unknown, null);
        }

        return Architectures.OfPlatform(expanded) is { } architecture ? (PlatformPin.Constant, architecture) : (PlatformPin.None, null);
    }
}
