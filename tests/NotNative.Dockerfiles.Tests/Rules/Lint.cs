using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>Short inline Dockerfiles per rule, hadolint style.</summary>
internal static class Lint
{
    public static IReadOnlyList<DockerfileDiagnostic> Run(string dockerfile, ContainerOs target = ContainerOs.Linux, string? assemblyName = null) =>
        DockerfileLinter.Lint(dockerfile, new DockerfileAnalysisOptions { TargetOs = target, AssemblyName = assemblyName }).Diagnostics;

    public static IReadOnlyList<DockerfileDiagnostic> Only(string id, string dockerfile, ContainerOs target = ContainerOs.Linux, string? assemblyName = null) =>
        Run(dockerfile, target, assemblyName).Where(d => d.Id == id).ToList();

    /// <summary>The text a diagnostic points at.</summary>
    public static string At(string dockerfile, DockerfileDiagnostic diagnostic) => dockerfile.Substring(diagnostic.Span.Start, diagnostic.Span.Length);

    /// <summary>The text after applying a diagnostic's fix.</summary>
    public static string Fixed(string dockerfile, DockerfileDiagnostic diagnostic)
    {
        Assert.NotNull(diagnostic.Fix);
        var text = dockerfile;
        foreach (var edit in diagnostic.Fix!.Edits.OrderByDescending(e => e.Span.Start))
        {
            text = text.Substring(0, edit.Span.Start) + edit.NewText + text.Substring(edit.Span.End);
        }

        return text;
    }
}
