using System;
using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>Parses a Dockerfile, runs every rule and applies in-file suppressions. Never throws.</summary>
public static class DockerfileLinter
{
    public static IReadOnlyList<DockerfileRule> Rules { get; } = new DockerfileRule[]
    {
        new WindowsBaseImageForLinuxTargetRule(),
        new LinuxBaseImageForWindowsTargetRule(),
        new WindowsPathInLinuxStageRule(),
        new WindowsShellInLinuxStageRule(),
        new WindowsCommandInLinuxStageRule(),
        new BacktickEscapeInLinuxFileRule(),
        new CopyFromStageOfOtherOsRule(),
        new LinuxSyntaxInWindowsStageRule(),
        new DesktopOnlyHostNameRule(),
        new ConstantPlatformArchitectureRule(),
        new EntrypointAssemblyCaseMismatchRule(),
        new ExecFormFallsBackToShellRule(),
        new RuntimeStagePinnedToBuildPlatformRule(),
        new HardcodedArchitectureDownloadRule(),
        new HardcodedDotNetArchitectureRule(),
        new DotNetSdkStageEmulatedRule(),
    };

    public static RuleDescriptor UnparseableDescriptor { get; } = new(
        RuleIds.UnparseableDockerfile,
        "Dockerfile cannot be parsed",
        RuleSeverity.Warning,
        "Configuration",
        "The file does not parse as a Dockerfile; docker build would reject it. NotNative checks what it could read.");

    /// <summary>Every descriptor, for the analyzer's SupportedDiagnostics and the docs check.</summary>
    public static IEnumerable<RuleDescriptor> AllDescriptors()
    {
        foreach (var rule in Rules)
        {
            yield return rule.Descriptor;
        }

        yield return UnparseableDescriptor;
    }

    public static DockerfileLintResult Lint(string text, DockerfileAnalysisOptions? options = null)
    {
        var syntax = DockerfileParser.Parse(text);
        return Lint(syntax, options);
    }

    public static DockerfileLintResult Lint(DockerfileSyntax syntax, DockerfileAnalysisOptions? options = null)
    {
        options = FileTargetOs.Apply(syntax, options ?? DockerfileAnalysisOptions.Default);
        var model = DockerfileModel.Build(syntax, options.TargetOs);
        if (!options.IsProjectDockerfile)
        {
            // Not the file the project builds: check it as the OS its stages agree on, else the OS its name says.
            var (own, source) = model.OwnOs() is var stagesOs && stagesOs != ContainerOs.Unknown
                ? (stagesOs, "the file's own base images")
                : model.Stages.All(s => s.Os.Os == ContainerOs.Unknown) ? (ImageCatalogue.OsOfFileName(options.FileName), "the file's name") : (ContainerOs.Unknown, string.Empty);
            if (own != ContainerOs.Unknown && own != options.TargetOs)
            {
                options = options.WithTargetOs(own, source, isProjectDockerfile: false);
                model = DockerfileModel.Build(syntax, own);
            }
        }

        var diagnostics = new List<DockerfileDiagnostic>();
        foreach (var error in syntax.Errors)
        {
            // An empty file is not worth a warning: there is nothing to build.
            if (syntax.Instructions.Count == 0 && syntax.Text.Trim().Length == 0)
            {
                break;
            }

            diagnostics.Add(new DockerfileDiagnostic(UnparseableDescriptor, error.Span, $"This Dockerfile does not parse: {error.Message}. docker build would stop here too; fix the syntax and NotNative checks the rest."));
        }

        var context = new DockerfileRuleContext(model, options, diagnostics);
        foreach (var rule in Rules)
        {
            rule.Analyze(context);
        }

        var suppressions = Suppressions.Read(syntax);
        var kept = new List<DockerfileDiagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (!suppressions.IsSuppressed(diagnostic, syntax))
            {
                kept.Add(diagnostic);
            }
        }

        kept.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new DockerfileLintResult(syntax, model, kept, options);
    }
}

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

/// <summary>
/// In-file suppressions, in the spirit of hadolint: <c># notnative ignore=NN2003,NN2004</c> on the
/// line(s) before an instruction silences it for that instruction; <c># notnative global ignore=NN2001</c>
/// anywhere silences it for the whole file.
/// </summary>
internal sealed class Suppressions
{
    private readonly HashSet<string> _global = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, HashSet<string>> _byInstructionStart = new();

    public static Suppressions Read(DockerfileSyntax syntax)
    {
        var result = new Suppressions();
        var next = 0;
        foreach (var comment in syntax.Comments)
        {
            var text = comment.Text;
            if (!text.StartsWith("notnative", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var body = text.Substring("notnative".Length).Trim();
            var global = body.StartsWith("global", StringComparison.OrdinalIgnoreCase);
            if (global)
            {
                body = body.Substring("global".Length).Trim();
            }

            if (!body.StartsWith("ignore=", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var ids = body.Substring("ignore=".Length).Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (global)
            {
                result._global.UnionWith(ids);
                continue;
            }

            while (next < syntax.Instructions.Count && syntax.Instructions[next].Span.Start < comment.Span.End)
            {
                next++;
            }

            if (next < syntax.Instructions.Count)
            {
                var start = syntax.Instructions[next].Span.Start;
                if (!result._byInstructionStart.TryGetValue(start, out var set))
                {
                    result._byInstructionStart[start] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.UnionWith(ids);
            }
        }

        return result;
    }

    public bool IsSuppressed(DockerfileDiagnostic diagnostic, DockerfileSyntax syntax)
    {
        if (_global.Contains(diagnostic.Id))
        {
            return true;
        }

        if (_byInstructionStart.Count == 0)
        {
            return false;
        }

        // Instructions do not overlap: only the last one starting at or before the diagnostic can hold it.
        var instructions = syntax.Instructions;
        var found = PositionSearch.LastStartingAtOrBefore(instructions, diagnostic.Span.Start, i => i.Span.Start);
        if (found >= 0 && diagnostic.Span.Start <= instructions[found].Span.End)
        {
            return _byInstructionStart.TryGetValue(instructions[found].Span.Start, out var ids) && ids.Contains(diagnostic.Id);
        }

        return false;
    }
}

/// <summary>
/// <c># notnative target-os=windows</c> (or linux) in a Dockerfile sets the target OS for that file alone,
/// for repositories that keep a Windows and a Linux Dockerfile side by side.
/// </summary>
internal static class FileTargetOs
{
    public static DockerfileAnalysisOptions Apply(DockerfileSyntax syntax, DockerfileAnalysisOptions options)
    {
        foreach (var comment in syntax.Comments)
        {
            var text = comment.Text.Replace(" ", string.Empty);
            if (!text.StartsWith("notnativetarget-os=", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (TargetOs.Parse(text.Substring("notnativetarget-os=".Length)) is { } os)
            {
                return options.WithTargetOs(os, "# notnative target-os", isProjectDockerfile: true);
            }
        }

        return options;
    }
}
