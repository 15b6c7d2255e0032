using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>What the build expects of the engine, and where in the Dockerfile that comes from.</summary>
public sealed record EngineExpectation(
    ContainerOs Os,
    string OsReason,
    string? Architecture,
    string? ArchitectureReason,
    string? File,
    int OsLine,
    int OsColumn,
    int ArchitectureLine,
    int ArchitectureColumn);
