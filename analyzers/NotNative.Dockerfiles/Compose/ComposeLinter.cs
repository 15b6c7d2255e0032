using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// The registry of compose rules (NN40xx) and the one way to run them: parses, decides the OS the file is held to,
/// runs every rule within one work budget, drops repeats (an aliased node is one finding), sorts. Never throws. A file
/// that is not YAML gives no finding: docker compose names the YAML error itself, better than a second parser could.
/// </summary>
public static class ComposeLinter
{
    public static IReadOnlyList<ComposeRule> Rules { get; } = new ComposeRule[]
    {
        new WindowsBindMountPathRule(),
        new DesktopHostNameWithoutExtraHostsRule(),
        new ServiceImageOfOtherOsRule(),
        new ServicePlatformMismatchRule(),
    };

    public static IEnumerable<RuleDescriptor> AllDescriptors()
    {
        foreach (var rule in Rules)
        {
            yield return rule.Descriptor;
        }
    }

    public static ComposeLintResult Lint(string text, ComposeAnalysisOptions? options = null) => Lint(ComposeFile.Parse(text), options);

    public static ComposeLintResult Lint(ComposeFile file, ComposeAnalysisOptions? options = null)
    {
        options ??= new ComposeAnalysisOptions();
        var diagnostics = new List<DockerfileDiagnostic>();
        var budget = new ComposeWorkBudget();
        var (targetOs, source) = options.IsHeldToTargetOs || OwnOs(file, budget) is not { } own
            ? (options.TargetOs, options.TargetOsSource)
            : own;
        var context = new ComposeRuleContext(file, options, targetOs, source, budget, diagnostics);
        foreach (var rule in Rules)
        {
            rule.Analyze(context);
        }

        var seen = new HashSet<(string, int, int)>();
        var kept = new List<DockerfileDiagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (seen.Add((diagnostic.Id, diagnostic.Span.Start, diagnostic.Span.Length)))
            {
                kept.Add(diagnostic);
            }
        }

        kept.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new ComposeLintResult(file, targetOs, kept);
    }

    /// <summary>The OS every service image the catalogue knows agrees on, or null (none known, or they differ).</summary>
    private static (ContainerOs, string)? OwnOs(ComposeFile file, ComposeWorkBudget budget)
    {
        var os = ContainerOs.Unknown;
        foreach (var service in file.Services)
        {
            if (!budget.Visit())
            {
                return null;
            }

            var family = ImageCatalogue.Classify(ImageReference.Parse(service.Node.GetString("image")));
            if (family == null || family.Os == ContainerOs.Unknown)
            {
                continue;
            }

            if (os != ContainerOs.Unknown && os != family.Os)
            {
                return null;
            }

            os = family.Os;
        }

        return os == ContainerOs.Unknown ? null : (os, "the file's own images");
    }
}
