using System.Collections.Immutable;

namespace NotNative.Analyzers.Tests.Verifiers;

/// <summary>
/// The real Docker client packages the NN11xx rules recognise, added to a reference set. The testing framework
/// resolves each with its dependencies from the global packages folder, where this project's restore put them
/// (PackageReference or PackageDownload in the project file), so no test downloads anything.
/// </summary>
internal static class DockerPackages
{
    /// <summary>The original Docker.DotNet, last release: DockerClientConfiguration, Docker.DotNet.Models.</summary>
    public static ReferenceAssemblies DockerDotNet(ReferenceAssemblies set) => set.AddPackages(ImmutableArray.Create(new PackageIdentity("Docker.DotNet", "3.125.15")));

    /// <summary>Docker.DotNet.Enhanced, the maintained line (same assembly and namespaces): DockerClientBuilder.</summary>
    public static ReferenceAssemblies DockerDotNetEnhanced(ReferenceAssemblies set) => set.AddPackages(ImmutableArray.Create(new PackageIdentity("Docker.DotNet.Enhanced", "4.3.3")));

    /// <summary>Testcontainers for .NET 4.x (ContainerBuilder), which brings Docker.DotNet.Enhanced.</summary>
    public static ReferenceAssemblies Testcontainers(ReferenceAssemblies set) => set.AddPackages(ImmutableArray.Create(new PackageIdentity("Testcontainers", "4.16.0")));
}
