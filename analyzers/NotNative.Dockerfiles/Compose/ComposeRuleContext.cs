using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>What a compose rule sees: the file, the options, the OS the file is checked for, and where to report.</summary>
public sealed class ComposeRuleContext
{
    private readonly List<DockerfileDiagnostic> _diagnostics;

    internal ComposeRuleContext(ComposeFile file, ComposeAnalysisOptions options, ContainerOs targetOs, string targetOsSource, ComposeWorkBudget budget, List<DockerfileDiagnostic> diagnostics)
    {
        File = file;
        Options = options;
        TargetOs = targetOs;
        TargetOsSource = targetOsSource;
        Budget = budget;
        _diagnostics = diagnostics;
    }

    public ComposeFile File { get; }
    public ComposeAnalysisOptions Options { get; }

    /// <summary>The OS this file's services are held to (the project's, or the one its images agree on).</summary>
    public ContainerOs TargetOs { get; }
    public string TargetOsSource { get; }

    public ComposeWorkBudget Budget { get; }

    public void Report(RuleDescriptor rule, TextSpan span, string message, DockerfileFix? fix = null) =>
        _diagnostics.Add(new DockerfileDiagnostic(rule, span, message, fix));

    /// <summary>
    /// The scalars of a value that is a scalar, a list of scalars, or a mapping of scalars (environment, command,
    /// healthcheck.test), as long as the work budget lasts.
    /// </summary>
    public IEnumerable<YamlScalar> ScalarsOf(YamlNode? node)
    {
        switch (node)
        {
            case YamlScalar scalar when Budget.Visit():
                yield return scalar;
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar itemScalar && Budget.Visit())
                    {
                        yield return itemScalar;
                    }
                }

                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Value is YamlScalar valueScalar && Budget.Visit())
                    {
                        yield return valueScalar;
                    }
                }

                break;
        }
    }

    /// <summary>The span of the value's characters from <paramref name="index"/> (<paramref name="length"/> of them) inside the scalar's value when the file holds it as written, else the scalar's.</summary>
    public static TextSpan SpanOf(YamlScalar scalar, int index, int length) =>
        scalar.IsRawText && index >= 0 ? new TextSpan(scalar.ValueStart + index, length) : scalar.Span;
}
