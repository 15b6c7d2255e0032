using NotNative.Cli.Output;
using NotNative.Engine;
using NotNative.Engine.Context;
using NotNative.Engine.Engine;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Cli.Commands;

/// <summary>`notnative check [PATH ...]`: the Dockerfile rules over files and folders.</summary>
internal static class CheckCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var format = args.Option("--format") ?? "text";
        if (format is not ("text" or "json" or "sarif"))
        {
            stderr.WriteLine($"unknown format '{format}': use text, json or sarif");
            return ExitCodes.Usage;
        }

        if (!TryReadOptions(args, stderr, out var options))
        {
            return ExitCodes.Usage;
        }

        if (!DockerfileDiscovery.TryExpand(args.Paths, args.Switch("--allow-empty"), stderr, out var files))
        {
            return ExitCodes.Usage;
        }

        if (!EngineChecks.TryParseMode(args.Option("--engine"), out var mode))
        {
            stderr.WriteLine($"unknown engine mode '{args.Option("--engine")}': use auto, required or off");
            return ExitCodes.Usage;
        }

        if (!EngineCommand.TryReadTimeout(args, stderr, out var timeout))
        {
            return ExitCodes.Usage;
        }

        var context = args.Option("--context");
        if (context != null && !Directory.Exists(context))
        {
            stderr.WriteLine($"{context}: no such build context folder");
            return ExitCodes.Usage;
        }

        // Opened before any work: a report that cannot be written fails at once.
        var outputPath = args.Option("--output");
        using var outputFile = outputPath == null ? null : ReportWriter.OpenFile(outputPath);
        var report = FindingReport.Start(format, outputFile ?? stdout, DockerfileLinter.AllDescriptors().Concat(BuildRuleDescriptors.All).ToList());
        var failed = false;
        var engineStatesSaid = new HashSet<string>(StringComparer.Ordinal);
        void Add(Finding finding)
        {
            // The engine's own state (unreachable, a VM, no usable answer) is said once, not once per Dockerfile.
            if (IsEngineState(finding.Id) && !engineStatesSaid.Add(finding.Id))
            {
                return;
            }

            failed |= finding.Severity == RuleSeverity.Error;
            report.Add(finding);
        }

        ProbeResult? probe = null;
        foreach (var file in files)
        {
            var lint = Lint(file, options);
            lint.Findings.ForEach(Add);
            if (lint.Result == null)
            {
                continue; // not read (NN9001): nothing to check in its context
            }

            var checker = new BuildContextChecker(file, context ?? Path.GetDirectoryName(Path.GetFullPath(file))!, lint.Result, lint.Result.Options.TargetOs);
            foreach (var finding in checker.Check())
            {
                Add(ToFinding(finding, file));
            }

            if (mode == EngineCheckMode.Off)
            {
                continue;
            }

            probe ??= EngineCommand.Probe(args.Option("--host"), timeout);
            var expected = EngineExpectations.From(lint.Result, file, lint.Result.Options.TargetOs, lint.Result.Options.TargetOsSource, null);
            foreach (var finding in EngineChecks.Evaluate(probe, mode, expected, CheckHost.Cli))
            {
                Add(ToFinding(finding, file));
            }
        }

        report.Complete();
        return failed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    internal static bool TryReadOptions(CliArguments args, TextWriter stderr, out DockerfileAnalysisOptions options)
    {
        // Without --target-os each file is checked against its own stages' OS; with it, every file is held to it.
        options = new DockerfileAnalysisOptions { AssemblyName = args.Option("--assembly-name"), IsProjectDockerfile = false };
        var targetOs = args.Option("--target-os");
        if (targetOs != null)
        {
            if (TargetOs.Parse(targetOs) is null)
            {
                stderr.WriteLine($"unknown target OS '{targetOs}': use linux or windows");
                return false;
            }

            // The same decision as the build's, with --target-os as its explicit setting (the CLI reads no project).
            var decision = TargetOs.Resolve(name => name == "--target-os" ? targetOs : null, explicitSetting: "--target-os");
            options.TargetOs = decision.Os;
            options.TargetOsSource = decision.Source;
            options.IsProjectDockerfile = true;
        }

        return true;
    }

    private static bool IsEngineState(string id) => id is RuleIds.EngineUnreachable or RuleIds.EngineIsVm or RuleIds.EngineAnswerUnusable or RuleIds.InvalidConfiguration;

    internal static (DockerfileLintResult? Result, List<Finding> Findings) Lint(string file, DockerfileAnalysisOptions options)
    {
        var read = NotNative.Engine.Files.UserFileReader.Read(file);
        if (!read.Succeeded)
        {
            var rule = RuleCatalogue.UnparseableDockerfile;
            return (null, new List<Finding>
            {
                new(rule.Id, RuleSeverity.Error, DockerfileDiscovery.Display(file), 1, 1, 1, 1, NotNative.Engine.Files.UserFileReader.DockerfileNotRead(read.Problem!), rule.Title, rule.HelpLink),
            });
        }

        var text = DockerfileText.Decode(read.Bytes!).Text;
        var result = DockerfileLinter.Lint(text, options.ForFile(Path.GetFileName(file)));
        var display = DockerfileDiscovery.Display(file);
        var findings = new List<Finding>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var start = result.Syntax.GetPosition(diagnostic.Span.Start);
            var end = result.Syntax.GetPosition(diagnostic.Span.End);
            findings.Add(new Finding(diagnostic.Id, diagnostic.Severity, display, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1,
                diagnostic.Message, diagnostic.Rule.Title, diagnostic.Rule.HelpLink));
        }

        return (result, findings);
    }

    private static Finding ToFinding(BuildFinding finding, string file)
    {
        var rule = RuleCatalogue.Find(finding.Id);
        var line = Math.Max(1, finding.Line);
        var column = Math.Max(1, finding.Column);
        return new Finding(finding.Id, finding.Severity, DockerfileDiscovery.Display(finding.File ?? file), line, column,
            Math.Max(line, finding.EndLine), Math.Max(column, finding.EndColumn), finding.Message, rule?.Title ?? finding.Id, rule?.HelpLink ?? string.Empty);
    }
}
