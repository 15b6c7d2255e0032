using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Tests.Rules;

namespace NotNative.Dockerfiles.Tests.Compose;

/// <summary>Short inline compose files per rule.</summary>
internal static class ComposeLint
{
    public static IReadOnlyList<DockerfileDiagnostic> Run(string compose, ComposeAnalysisOptions? options = null) =>
        ComposeLinter.Lint(compose, options ?? new ComposeAnalysisOptions()).Diagnostics;

    public static IReadOnlyList<DockerfileDiagnostic> Only(string id, string compose, ComposeAnalysisOptions? options = null) =>
        Run(compose, options).Where(d => d.Id == id).ToList();

    public static string At(string compose, DockerfileDiagnostic diagnostic) => Lint.At(compose, diagnostic);

    public static string Fixed(string compose, DockerfileDiagnostic diagnostic) => Lint.Fixed(compose, diagnostic);

    /// <summary>"line,column" (1-based) of a diagnostic's start.</summary>
    public static string Position(string compose, DockerfileDiagnostic diagnostic) =>
        ComposeFile.Parse(compose).Lines.GetPosition(diagnostic.Span.Start).ToString();

    public static ComposeAnalysisOptions Windows => new() { TargetOs = ContainerOs.Windows, TargetOsSource = "DockerDefaultTargetOS" };
}
