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

        if (!DockerfileDiscovery.TryExpand(args.Paths, stderr, out var files))
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

        ProbeResult? probe = null;
        var findings = new List<Finding>();
        foreach (var file in files)
        {
            var lint = Lint(file, options);
            findings.AddRange(lint.Findings);
            if (lint.Result == null)
            {
                continue; // not read (NN9001): nothing to check in its context
            }

            var checker = new BuildContextChecker(file, context ?? Path.GetDirectoryName(Path.GetFullPath(file))!, lint.Result, options.TargetOs);
            findings.AddRange(checker.Check().Select(f => ToFinding(f, file)));
            if (mode == EngineCheckMode.Off)
            {
                continue;
            }

            probe ??= EngineCommand.Probe(args.Option("--host"), timeout);
            var expected = EngineExpectations.From(lint.Result, file, options.TargetOs, options.TargetOsSource, null);
            findings.AddRange(EngineChecks.Evaluate(probe, mode, expected).Select(f => ToFinding(f, file)));
        }

        // The engine's own state (unreachable, a VM, no usable answer) is said once, not once per Dockerfile.
        findings = findings.Where((f, i) => !IsEngineState(f.Id) || findings.FindIndex(g => g.Id == f.Id) == i).ToList();
        var rules = DockerfileLinter.AllDescriptors().Concat(BuildRuleDescriptors.All).ToList();
        var output = FindingWriters.Write(format, findings, rules);
        var outputPath = args.Option("--output");
        if (outputPath != null)
        {
            File.WriteAllText(outputPath, output);
        }
        else
        {
            stdout.Write(output);
        }

        return findings.Any(f => f.Severity == RuleSeverity.Error) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    internal static bool TryReadOptions(CliArguments args, TextWriter stderr, out DockerfileAnalysisOptions options)
    {
        options = new DockerfileAnalysisOptions { AssemblyName = args.Option("--assembly-name") };
        var targetOs = args.Option("--target-os");
        if (targetOs != null)
        {
            if (TargetOs.Parse(targetOs) is not { } parsed)
            {
                stderr.WriteLine($"unknown target OS '{targetOs}': use linux or windows");
                return false;
            }

            options.TargetOs = parsed;
            options.TargetOsSource = "--target-os";
        }

        return true;
    }

    private static bool IsEngineState(string id) => id is RuleIds.EngineUnreachable or RuleIds.EngineIsVm or RuleIds.EngineAnswerUnusable;

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
        var result = DockerfileLinter.Lint(text, options);
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
