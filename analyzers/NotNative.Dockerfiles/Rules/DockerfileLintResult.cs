using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>What <see cref="DockerfileLinter.Lint(string, DockerfileAnalysisOptions?)"/> found: the tree, the model and the diagnostics.</summary>
public sealed class DockerfileLintResult
{
    public DockerfileLintResult(DockerfileSyntax syntax, DockerfileModel model, IReadOnlyList<DockerfileDiagnostic> diagnostics, DockerfileAnalysisOptions? options = null)
    {
        Syntax = syntax;
        Model = model;
        Diagnostics = diagnostics;
        Options = options ?? DockerfileAnalysisOptions.Default;
    }

    public DockerfileSyntax Syntax { get; }
    public DockerfileModel Model { get; }

    /// <summary>The options the file was checked with: its target OS after <c># notnative target-os</c> and its own OS.</summary>
    public DockerfileAnalysisOptions Options { get; }
    public IReadOnlyList<DockerfileDiagnostic> Diagnostics { get; }
}
