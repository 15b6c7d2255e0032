using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Context;

namespace NotNative.Engine;

/// <summary>A Dockerfile decoded and linted, with its build context's checks ready to run (<see cref="BuildCheck.CheckContents"/>).</summary>
public sealed class CheckedDockerfile
{
    internal CheckedDockerfile(string path, DockerfileText text, DockerfileLintResult lint, BuildContextChecker context)
    {
        Path = path;
        Text = text;
        Lint = lint;
        Context = context;
    }

    public string Path { get; }

    /// <summary>The decoded text; the Dockerfile rules' spans and fixes are positions in it.</summary>
    public DockerfileText Text { get; }

    public DockerfileLintResult Lint { get; }

    public BuildContextChecker Context { get; }

    /// <summary>The Dockerfile rules' findings (each with its fix), then the build context's.</summary>
    public IEnumerable<BuildFinding> Findings() => DockerfileRuleFindings().Concat(ContextFindings());

    /// <summary>The build context's findings (NN3005, NN3006, an unreadable .dockerignore), read as they are enumerated.</summary>
    public IEnumerable<BuildFinding> ContextFindings() => Context.Check();

    /// <summary>The Dockerfile rules' findings, each with its fix when it has one.</summary>
    public IEnumerable<BuildFinding> DockerfileRuleFindings()
    {
        foreach (var diagnostic in Lint.Diagnostics)
        {
            var start = Lint.Syntax.GetPosition(diagnostic.Span.Start);
            var end = Lint.Syntax.GetPosition(diagnostic.Span.End);
            yield return new BuildFinding(diagnostic.Id, diagnostic.Severity, Path, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, diagnostic.Message)
            {
                Fix = diagnostic.Fix,
            };
        }
    }
}
