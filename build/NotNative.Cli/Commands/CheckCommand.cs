using NotNative.Cli.Output;
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

        var findings = new List<Finding>();
        foreach (var file in files)
        {
            findings.AddRange(Check(file, options));
        }

        var output = FindingWriters.Write(format, findings, DockerfileLinter.AllDescriptors().ToList());
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

    internal static IEnumerable<Finding> Check(string file, DockerfileAnalysisOptions options)
    {
        var text = DockerfileText.Decode(File.ReadAllBytes(file)).Text;
        var result = DockerfileLinter.Lint(text, options);
        var display = DockerfileDiscovery.Display(file);
        foreach (var diagnostic in result.Diagnostics)
        {
            var start = result.Syntax.GetPosition(diagnostic.Span.Start);
            var end = result.Syntax.GetPosition(diagnostic.Span.End);
            yield return new Finding(diagnostic.Id, diagnostic.Severity, display, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1,
                diagnostic.Message, diagnostic.Rule.Title, diagnostic.Rule.HelpLink);
        }
    }
}
