using System;
using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>
/// The registry of Dockerfile rules and the one way to run them: parses, applies the file's target OS
/// (<see cref="FileTargetOs"/>), runs every rule, drops what <see cref="Suppressions"/> silences, sorts. Never throws.
/// </summary>
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

    /// <summary>Every rule this linter reports (its rules and NN9001), for the analyzer's SupportedDiagnostics and SARIF.</summary>
    public static IEnumerable<RuleDescriptor> AllDescriptors()
    {
        foreach (var rule in Rules)
        {
            yield return rule.Descriptor;
        }

        yield return RuleCatalogue.UnparseableDockerfile;
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

            diagnostics.Add(new DockerfileDiagnostic(RuleCatalogue.UnparseableDockerfile, error.Span, $"This Dockerfile does not parse: {error.Message}. docker build would stop here too; fix the syntax and NotNative checks the rest."));
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
