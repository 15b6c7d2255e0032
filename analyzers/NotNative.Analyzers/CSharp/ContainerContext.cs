using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Analyzers.Dockerfiles;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// Whether this project's code will run in a Linux container, decided once per compilation:
/// NotNativeContainer=true/false wins; else DockerDefaultTargetOS=Linux; else SDK container publishing
/// (EnableSdkContainerSupport=true) with a linux container RID (the SDK's default); else a Dockerfile among the
/// AdditionalFiles whose final stage is Linux. A plain Windows desktop app gets none of the NN10xx rules.
/// </summary>
internal sealed class ContainerContext
{
    private ContainerContext(bool runsInLinuxContainer, string reason)
    {
        RunsInLinuxContainer = runsInLinuxContainer;
        Reason = reason;
    }

    public bool RunsInLinuxContainer { get; }

    /// <summary>Why, for messages: "DockerDefaultTargetOS=Linux", "its Dockerfile's final stage is Linux".</summary>
    public string Reason { get; }

    public static ContainerContext Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var explicitSetting = global.GetBuildProperty("NotNativeContainer");
        if (explicitSetting != null)
        {
            var on = string.Equals(explicitSetting, "true", StringComparison.OrdinalIgnoreCase);
            return new ContainerContext(on, "NotNativeContainer=" + explicitSetting);
        }

        if (TargetOs.Parse(global.GetBuildProperty("NotNativeTargetOS")) is { } explicitOs)
        {
            return new ContainerContext(explicitOs == ContainerOs.Linux, "NotNativeTargetOS=" + explicitOs);
        }

        if (TargetOs.Parse(global.GetBuildProperty("DockerDefaultTargetOS")) is { } visualStudio)
        {
            return new ContainerContext(visualStudio == ContainerOs.Linux, "DockerDefaultTargetOS=" + visualStudio);
        }

        if (string.Equals(global.GetBuildProperty("EnableSdkContainerSupport"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var rid = global.GetBuildProperty("ContainerRuntimeIdentifier") ?? global.GetBuildProperty("RuntimeIdentifier");
            var os = TargetOs.FromRuntimeIdentifier(rid) ?? ContainerOs.Linux; // the SDK defaults to linux-<arch>
            return new ContainerContext(os == ContainerOs.Linux, "SDK container publishing" + (rid != null ? " for " + rid : string.Empty));
        }

        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!DockerfileAnalyzer.IsDockerfile(file.Path, fileOptions) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var lint = DockerfileLinter.Lint(text.ToString());
            if (lint.Model.FinalStage is { } final && final.EffectiveOs(ContainerOs.Linux) == ContainerOs.Linux)
            {
                return new ContainerContext(true, "its Dockerfile's final stage is Linux");
            }
        }

        return new ContainerContext(false, "no container context");
    }
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
        return compilation.GetTypeByMetadataName("Docker.DotNet.DockerClient") != null
               || compilation.GetTypeByMetadataName("DotNet.Testcontainers.Builders.ContainerBuilder") != null;
    }
}
