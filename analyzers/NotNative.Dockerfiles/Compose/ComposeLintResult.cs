using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Compose;

/// <summary>What <see cref="ComposeLinter.Lint(string, ComposeAnalysisOptions?)"/> found.</summary>
public sealed class ComposeLintResult
{
    public ComposeLintResult(ComposeFile file, ContainerOs targetOs, IReadOnlyList<DockerfileDiagnostic> diagnostics)
    {
        File = file;
        TargetOs = targetOs;
        Diagnostics = diagnostics;
    }

    public ComposeFile File { get; }

    /// <summary>The OS the file was checked for.</summary>
    public ContainerOs TargetOs { get; }
    public IReadOnlyList<DockerfileDiagnostic> Diagnostics { get; }
}
