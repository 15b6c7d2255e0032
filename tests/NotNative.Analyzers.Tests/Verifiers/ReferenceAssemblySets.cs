using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;

namespace NotNative.Analyzers.Tests.Verifiers;

/// <summary>
/// The framework reference sets the C# rule tests compile against: the oldest .NET the package supports and the
/// newest one Microsoft.CodeAnalysis.Testing knows. Both packs are PackageDownload items of this project, so they are
/// in the global packages folder before any test runs and resolving them needs no network.
/// </summary>
internal static class ReferenceAssemblySets
{
    /// <summary>Microsoft.NETCore.App.Ref 8.0.0, as the testing package declares it.</summary>
    public static ReferenceAssemblies Net80 => ReferenceAssemblies.Net.Net80;

    /// <summary>
    /// net10.0 with a served Microsoft.NETCore.App.Ref: the testing package's own Net100 asks for 10.0.1, which the
    /// registry does not serve. Keep the version equal to the PackageDownload in the project file.
    /// </summary>
    public static ReferenceAssemblies Net100 { get; } =
        new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    public static ImmutableArray<ReferenceAssemblies> All { get; } = ImmutableArray.Create(Net80, Net100);
}
