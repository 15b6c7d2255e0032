using System;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Compose;

/// <summary>What the project and the host tell the compose rules. The library reads no file: hosts pass readers.</summary>
public sealed class ComposeAnalysisOptions
{
    /// <summary>
    /// The options of a project's compose files (the analyzer, the build check) and the CLI's: a target OS that was set
    /// (a project property, --target-os) holds the file to it; the default holds it to the OS its images agree on.
    /// </summary>
    public static ComposeAnalysisOptions For(ContainerOs targetOs, string targetOsSource, string? targetPlatform) => new()
    {
        TargetOs = targetOs,
        TargetOsSource = targetOsSource,
        IsHeldToTargetOs = targetOsSource != Semantics.TargetOs.DefaultSource,
        TargetPlatform = targetPlatform,
    };

    /// <summary>The OS the project's containers run on (<see cref="Semantics.TargetOs.Resolve"/>).</summary>
    public ContainerOs TargetOs { get; set; } = ContainerOs.Linux;

    /// <summary>Where the target OS came from, for messages.</summary>
    public string TargetOsSource { get; set; } = Semantics.TargetOs.DefaultSource;

    /// <summary>
    /// Whether the compose file is held to <see cref="TargetOs"/> (a project's, or the CLI's --target-os); otherwise a
    /// file whose images all agree on an OS is checked against that OS, as a Dockerfile the project does not build.
    /// </summary>
    public bool IsHeldToTargetOs { get; set; } = true;

    /// <summary>The compose file's folder, absolute, when known: NN4001's fix makes host paths below it relative.</summary>
    public string? ComposeDirectory { get; set; }

    /// <summary>The platform the project builds for (NotNativeTargetPlatform, --target-platform: linux/arm64), when set.</summary>
    public string? TargetPlatform { get; set; }

    /// <summary>
    /// Reads a file named relative to the compose file's folder (an env_file, a build's Dockerfile): its text, or null
    /// when the host cannot or may not read it (the analyzer reads only additional files).
    /// </summary>
    public Func<string, string?>? ReadFile { get; set; }
}
