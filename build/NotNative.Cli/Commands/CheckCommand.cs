using NotNative.Cli.Output;
using NotNative.Engine;
using NotNative.Engine.Engine;
using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;

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

        if (!EngineCheckSettings.TryParseMode(args.Option("--engine"), out var mode))
        {
            stderr.WriteLine(CheckHost.Cli.InvalidEngineCheck(args.Option("--engine")));
            return ExitCodes.Usage;
        }

        if (!EngineCommand.TryReadTimeout(args, stderr, out var timeout))
        {
            return ExitCodes.Usage;
        }

        if (!EngineCheckSettings.TryResolveTargetArchitecture(args.Option("--target-platform"), null, CheckHost.Cli, out var targetArchitecture))
        {
            stderr.WriteLine(CheckHost.Cli.InvalidTargetPlatform(args.Option("--target-platform")));
            return ExitCodes.Usage;
        }

        var context = args.Option("--context");
        if (context != null && !Directory.Exists(context))
        {
            stderr.WriteLine($"{context}: no such build context folder");
            return ExitCodes.Usage;
        }

        var assetsFile = args.Option("--assets-file");
        if (assetsFile != null && !File.Exists(assetsFile))
        {
            stderr.WriteLine($"{assetsFile}: no such assets file (dotnet restore writes it to the project's obj/project.assets.json)");
            return ExitCodes.Usage;
        }

        // Opened before any work: a report that cannot be written fails at once.
        var outputPath = args.Option("--output");
        using var outputFile = outputPath == null ? null : ReportWriter.OpenFile(outputPath);
        var descriptors = DockerfileLinter.AllDescriptors().Concat(ComposeLinter.AllDescriptors()).Concat(BuildRuleDescriptors.All).ToList();
        var report = FindingReport.Start(format, outputFile ?? stdout, descriptors);
        var rules = descriptors.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var failed = false;
        var check = new BuildCheck(mode, CheckHost.Cli, timeout, args.Option("--host"))
        {
            IncludesDockerfileRules = true,
            TargetArchitecture = targetArchitecture,
            ProjectAssetsFile = assetsFile,
        };
        using var ctrlC = new CtrlC();
        try
        {
            foreach (var file in files)
            {
                var root = context ?? Path.GetDirectoryName(Path.GetFullPath(file))!;
                var findings = DockerfileDiscovery.IsComposeFile(file)
                    ? check.CheckCompose(file, ComposeOptions(args, options), ctrlC.Token)
                    : check.Check(file, root, options.ForFile(Path.GetFileName(file)), null, ctrlC.Token);
                foreach (var finding in findings)
                {
                    if (finding.Severity == RuleSeverity.Hidden)
                    {
                        stderr.WriteLine("notnative: " + finding.Message);
                        continue;
                    }

                    failed |= finding.Severity == RuleSeverity.Error;
                    report.Add(ToFinding(finding, file, rules));
                }
            }
        }
        catch (OperationCanceledException) when (ctrlC.Pressed)
        {
            // Ctrl+C ends the run, as it would without the handler: no report, the shell's 128 + SIGINT.
            stderr.WriteLine("notnative: cancelled");
            return ExitCodes.Cancelled;
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

    /// <summary>A compose file's options: held to --target-os when given, else to the OS its images agree on (Linux when they say nothing).</summary>
    internal static ComposeAnalysisOptions ComposeOptions(CliArguments args, DockerfileAnalysisOptions options) =>
        ComposeAnalysisOptions.For(options.TargetOs, options.TargetOsSource, args.Option("--target-platform"));

    private static Finding ToFinding(BuildFinding finding, string file, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        var rule = rules.GetValueOrDefault(finding.Id);
        var line = Math.Max(1, finding.Line);
        var column = Math.Max(1, finding.Column);
        return new Finding(finding.Id, finding.Severity, DockerfileDiscovery.Display(finding.File ?? file), line, column,
            Math.Max(line, finding.EndLine), Math.Max(column, finding.EndColumn), finding.Message, rule?.Title ?? finding.Id, rule?.HelpLink ?? string.Empty);
    }
}
