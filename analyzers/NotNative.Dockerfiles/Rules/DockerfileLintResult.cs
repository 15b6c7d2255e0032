using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>What <see cref="DockerfileLinter.Lint(string, DockerfileAnalysisOptions?)"/> found: the tree, the model and the diagnostics.</summary>
public sealed class DockerfileLintResult
{
    public DockerfileLintResult(DockerfileSyntax syntax, DockerfileModel model, IReadOnlyList<DockerfileDiagnostic> diagnostics)
    {
        Syntax = syntax;
        Model = model;
        Diagnostics = diagnostics;
    }

    public DockerfileSyntax Syntax { get; }
    public DockerfileModel Model { get; }
    public IReadOnlyList<DockerfileDiagnostic> Diagnostics { get; }
}
