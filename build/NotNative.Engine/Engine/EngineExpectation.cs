using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>
/// What the build expects of the engine, and where in the Dockerfile that comes from. <paramref name="OtherArchitectures"/>:
/// the further architectures a multi-architecture image is built for (ContainerRuntimeIdentifiers); the engine may run any of them.
/// </summary>
public sealed record EngineExpectation(
    ContainerOs Os,
    string OsReason,
    string? Architecture,
    string? ArchitectureReason,
    string? File,
    int OsLine,
    int OsColumn,
    int ArchitectureLine,
    int ArchitectureColumn,
    IReadOnlyList<string>? OtherArchitectures = null);
