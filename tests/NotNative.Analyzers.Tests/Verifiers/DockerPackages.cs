using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

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

    /// <summary>
    /// Aspire.Hosting 13.6.5's own assembly (IResourceBuilder, ContainerResourceBuilderExtensions), taken from the
    /// global packages folder; its ~40 dependencies (ASP.NET Core, gRPC, Kubernetes) stay out, the calls the rules
    /// look at do not need them.
    /// </summary>
    public static MetadataReference AspireHosting { get; } = MetadataReference.CreateFromFile(Path.Combine(
        PackageRoot, "aspire.hosting", "13.6.5", "lib", "net8.0", "Aspire.Hosting.dll"));

    /// <summary>The global packages folder this project was restored into (NuGetPackageRoot, stamped by the project file).</summary>
    private static string PackageRoot =>
        typeof(DockerPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
}
