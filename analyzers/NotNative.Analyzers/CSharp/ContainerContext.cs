using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// Whether this project's code will run in a Linux container, decided once per compilation from evidence the user
/// put in the project: NotNativeContainer=true/false wins; test projects and IsPublishable=false projects never
/// ship in a container; else DockerDefaultTargetOS, a Container* publishing property the user set, a container
/// publish profile, or the Dockerfile the project builds. EnableSdkContainerSupport is not evidence: the SDK sets it
/// for every executable. The OS is the one target-OS decision (TargetOs.Resolve, docs/target-os.md), given the
/// built Dockerfile's final stage when that is the evidence.
/// </summary>
internal sealed class ContainerContext
{
    private ContainerContext(bool runsInLinuxContainer, string reason)
    {
        RunsInLinuxContainer = runsInLinuxContainer;
        Reason = reason;
    }

    private Lazy<(string Image, string Kind)?> _imageWithoutIcu = new(() => null);

    public bool RunsInLinuxContainer { get; }

    /// <summary>Why, for messages: "DockerDefaultTargetOS=Linux", "its Dockerfile's final stage is Linux".</summary>
    public string Reason { get; }

    /// <summary>
    /// The container's image when it has no ICU (ImageCatalogue.KindWithoutIcu): ContainerBaseImage, ContainerFamily,
    /// else the final image of the Dockerfile the project builds. Read only when a rule reports (NN1010).
    /// </summary>
    public (string Image, string Kind)? ImageWithoutIcu => _imageWithoutIcu.Value;

    public static ContainerContext Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var explicitSetting = global.GetBuildProperty("NotNativeContainer");
        if (explicitSetting != null)
        {
            var on = string.Equals(explicitSetting, "true", StringComparison.OrdinalIgnoreCase);
            return new ContainerContext(on, "NotNativeContainer=" + explicitSetting);
        }

        if (IsTrue(global.GetBuildProperty("IsTestProject")))
        {
            return new ContainerContext(false, "a test project");
        }

        if (string.Equals(global.GetBuildProperty("IsPublishable"), "false", StringComparison.OrdinalIgnoreCase))
        {
            return new ContainerContext(false, "IsPublishable=false");
        }

        if (FindEvidence(options, global, cancellationToken) is not var (reason, dockerfileOs))
        {
            return new ContainerContext(false, "no container context");
        }

        var os = TargetOs.Resolve(global.GetBuildProperty, () => dockerfileOs).Os;
        return new ContainerContext(os == ContainerOs.Linux, reason)
        {
            _imageWithoutIcu = new(() => FindImageWithoutIcu(options, global, cancellationToken)),
        };
    }

    private static (string Image, string Kind)? FindImageWithoutIcu(AnalyzerOptions options, AnalyzerConfigOptions global, CancellationToken cancellationToken)
    {
        if (global.GetBuildProperty("ContainerBaseImage") is { } baseImage)
        {
            return ImageCatalogue.KindWithoutIcu(ImageReference.Parse(baseImage)) is { } kind ? (baseImage, kind) : null;
        }

        if (global.GetBuildProperty("ContainerFamily") is { } family)
        {
            // The SDK appends the family to the .NET image's tag (8.0-jammy-chiseled).
            return ImageCatalogue.KindWithoutIcu(ImageReference.Parse("mcr.microsoft.com/dotnet/runtime-deps:8.0-" + family)) is { } kind
                ? ("ContainerFamily=" + family, kind)
                : null;
        }

        return BuiltDockerfile(options, global.GetBuildProperty("NotNativeDockerfile"), cancellationToken) is { } lint
            ? ImageCatalogue.FinalImageWithoutIcu(lint.Model)
            : null;
    }

    /// <summary>Why the project ships in a container, and the OS of the Dockerfile it builds when that is the evidence.</summary>
    private static (string Reason, ContainerOs? DockerfileOs)? FindEvidence(AnalyzerOptions options, AnalyzerConfigOptions global, CancellationToken cancellationToken)
    {
        if (global.GetBuildProperty(TargetOs.DockerDefaultTargetOS) is { } visualStudio)
        {
            return (TargetOs.DockerDefaultTargetOS + "=" + visualStudio, null);
        }

        if (SdkContainerPublishing.UserPropertySet(global.GetBuildProperty) is { } name)
        {
            return ("SDK container publishing, " + name + " is set", null);
        }

        if (SdkContainerPublishing.HasContainerPublishProfile(global.GetBuildProperty))
        {
            return ("a container publish profile", null);
        }

        if (BuiltDockerfileOs(options, global.GetBuildProperty("NotNativeDockerfile"), cancellationToken) is { } dockerfileOs)
        {
            return ("its Dockerfile's final stage is " + dockerfileOs, dockerfileOs);
        }

        return null;
    }

    /// <summary>The final stage's OS of the Dockerfile the project builds (NotNativeDockerfile, which the package's targets set), if it is among the additional files.</summary>
    private static ContainerOs? BuiltDockerfileOs(AnalyzerOptions options, string? builtDockerfile, CancellationToken cancellationToken) =>
        BuiltDockerfile(options, builtDockerfile, cancellationToken)?.Model.FinalStage is { } final ? final.EffectiveOs(ContainerOs.Linux) : null;

    /// <summary>The Dockerfile the project builds (NotNativeDockerfile, which the package's targets set), parsed, if it is among the additional files.</summary>
    private static DockerfileLintResult? BuiltDockerfile(AnalyzerOptions options, string? builtDockerfile, CancellationToken cancellationToken)
    {
        if (builtDockerfile == null)
        {
            return null;
        }

        foreach (var file in options.AdditionalFiles)
        {
            if (SamePath(file.Path, builtDockerfile) && file.GetText(cancellationToken) is { } text)
            {
                return DockerfileLinter.Lint(text.ToString());
            }
        }

        return null;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(a.Replace('\\', '/'), b.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Whether the compilation drives Docker (NN11xx): Docker.DotNet, Testcontainers or .NET Aspire is referenced.</summary>
internal static class DockerClientContext
{
    public static bool DrivesDocker(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            var name = assembly.Name;
            if (name.StartsWith("Docker.DotNet", StringComparison.Ordinal) || name.StartsWith("Testcontainers", StringComparison.Ordinal)
                || name.StartsWith("Aspire.Hosting", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // Source that declares the types (tests, vendored clients) counts too.
        return compilation.GetTypeByMetadataName(DockerClientTypeNames.DockerClient) != null
               || compilation.GetTypeByMetadataName(DockerClientTypeNames.DockerClientBuilder) != null
               || compilation.GetTypeByMetadataName(DockerClientTypeNames.AspireContainerResourceBuilderExtensions) != null
               || compilation.GetTypeByMetadataName(DockerClientTypeNames.TestcontainersContainerBuilder) != null;
    }

    /// <summary>
    /// Whether Testcontainers or .NET Aspire's hosting is referenced (or declared in source): only their builder methods
    /// (WithBindMount, WithNetwork, WithDockerEndpoint) need the actions that look at every argument or invocation.
    /// </summary>
    public static bool UsesContainerBuilders(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (assembly.Name.StartsWith("Testcontainers", StringComparison.Ordinal) || assembly.Name.StartsWith("Aspire.Hosting", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return Declares(compilation, DockerClientTypeNames.TestcontainersContainerBuilder) || Declares(compilation, DockerClientTypeNames.AspireContainerResourceBuilderExtensions);
    }

    /// <summary>Whether a type of this full metadata name is in the compilation or its references (several count too).</summary>
    public static bool Declares(Compilation compilation, string metadataName) => !compilation.GetTypesByMetadataName(metadataName).IsEmpty;
}
