using System;
using Microsoft.CodeAnalysis;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// The Docker client types and namespaces the NN11xx rules recognise, by full metadata name (as roslyn-analyzers'
/// WellKnownTypeNames), so a user's own NetworkSettings or WithBindMount is not taken for Docker.DotNet's, Testcontainers'
/// or Aspire's. Docker.DotNet.Enhanced keeps Docker.DotNet's names.
/// </summary>
internal static class DockerClientTypeNames
{
    public const string DockerClient = "Docker.DotNet.DockerClient";
    public const string DockerClientBuilder = "Docker.DotNet.DockerClientBuilder";
    public const string DockerClientConfiguration = "Docker.DotNet.DockerClientConfiguration";
    public const string HostConfig = "Docker.DotNet.Models.HostConfig";
    public const string Mount = "Docker.DotNet.Models.Mount";
    public const string NetworkSettings = "Docker.DotNet.Models.NetworkSettings";
    public const string EndpointSettings = "Docker.DotNet.Models.EndpointSettings";

    public const string TestcontainersContainerBuilder = "DotNet.Testcontainers.Builders.ContainerBuilder";

    /// <summary>
    /// Testcontainers' root namespace: its builders (ContainerBuilder`3, IContainerBuilder`2, which the modules derive
    /// from) declare WithBindMount, WithNetwork and WithDockerEndpoint below it, IContainer.IpAddress too; 1.x used other
    /// sub-namespaces.
    /// </summary>
    public const string TestcontainersNamespace = "DotNet.Testcontainers";

    public const string AspireContainerResourceBuilderExtensions = "Aspire.Hosting.ContainerResourceBuilderExtensions";

    /// <summary>Whether <paramref name="type"/> (its definition, for a constructed generic) has the full metadata name <paramref name="metadataName"/>.</summary>
    public static bool Is(ITypeSymbol? type, string metadataName)
    {
        if (type is not INamedTypeSymbol { ContainingType: null } named)
        {
            return false;
        }

        var ns = named.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        var name = named.OriginalDefinition.MetadataName;
        return metadataName.Length == (ns.Length == 0 ? 0 : ns.Length + 1) + name.Length
               && metadataName.EndsWith(name, StringComparison.Ordinal)
               && (ns.Length == 0 || (metadataName.StartsWith(ns, StringComparison.Ordinal) && metadataName[ns.Length] == '.'));
    }

    /// <summary>Whether <paramref name="symbol"/> is declared in the namespace <paramref name="ns"/> or one below it.</summary>
    public static bool IsIn(ISymbol? symbol, string ns)
    {
        var name = symbol?.ContainingNamespace?.ToDisplayString();
        return name != null && name.StartsWith(ns, StringComparison.Ordinal) && (name.Length == ns.Length || name[ns.Length] == '.');
    }
}
