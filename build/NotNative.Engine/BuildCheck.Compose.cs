using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Engine;
using NotNative.Engine.Files;

namespace NotNative.Engine;

/// <summary>The build check of a compose file: its rules (NN40xx), its paths' letter case (NN4005), the engine's resources (NN4007).</summary>
public sealed partial class BuildCheck
{
    /// <summary>
    /// The findings for one compose file, lazily: an unreadable file is one NN9001; then the compose rules (when
    /// <see cref="IncludesDockerfileRules"/>), NN4005, and NN4007 once the engine answered. The engine's own state
    /// (unreachable, a VM) is said by the Dockerfiles' check, not here.
    /// </summary>
    public IEnumerable<BuildFinding> CheckCompose(string composeFile, ComposeAnalysisOptions options, CancellationToken cancellationToken)
    {
        if (_mode != EngineCheckMode.Off)
        {
            _answer ??= _askEngine(cancellationToken);
        }

        return CheckComposeStarted(composeFile, options, cancellationToken);
    }

    private IEnumerable<BuildFinding> CheckComposeStarted(string composeFile, ComposeAnalysisOptions options, CancellationToken cancellationToken)
    {
        var read = UserFileReader.Read(composeFile);
        if (!read.Succeeded)
        {
            yield return BuildFinding.Unlocated(RuleIds.UnparseableDockerfile, RuleSeverity.Error, $"The compose file {read.Problem}. NotNative checks only regular files it can read (docs/rules/NN9001.md).");
            yield break;
        }

        var checkedFile = CheckComposeContents(composeFile, read.Bytes!, options);
        foreach (var finding in IncludesDockerfileRules ? checkedFile.Findings() : checkedFile.PathCaseFindings())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return finding;
        }

        _filesRead.UnionWith(checkedFile.FilesRead);
        if (_mode == EngineCheckMode.Off)
        {
            yield break;
        }

        var answer = _answer!.WaitAsync(cancellationToken).GetAwaiter().GetResult();
        if (answer.Facts is not { } facts)
        {
            yield break;
        }

        var where = answer.Endpoint is { } endpoint ? $"{endpoint.Display} ({endpoint.Source})" : "the engine";
        foreach (var finding in ComposeResourceChecks.Evaluate(checkedFile, facts, where))
        {
            yield return finding;
        }

        // NN4004's engine half: each service's pinned platform against the engine's architecture.
        foreach (var (service, platform, architecture) in ServicePlatformMismatchRule.Platforms(checkedFile.Lint.File))
        {
            if (facts.Architecture.Length > 0 && architecture != facts.Architecture)
            {
                var start = checkedFile.Lint.File.Lines.GetPosition(platform.Span.Start);
                var end = checkedFile.Lint.File.Lines.GetPosition(platform.Span.End);
                yield return new BuildFinding(RuleIds.ComposePlatformMismatch, RuleCatalogue.ComposePlatformMismatch.DefaultSeverity, composeFile,
                    start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1,
                    $"Service '{service}' pins platform '{platform.Value}' ({architecture}), but the Docker engine at {where} is {facts.Architecture}. " +
                    $"The service runs under emulation, slowly, or fails with 'exec format error'. {ServicePlatformMismatchRule.Advice}");
            }
        }
    }

    /// <summary>
    /// Decodes and lints a compose file with the disk behind it: env files and build Dockerfiles are read relative to
    /// its folder (regular files, size-capped); one pass of `notnative fix` too.
    /// </summary>
    public static CheckedComposeFile CheckComposeContents(string composeFile, byte[] contents, ComposeAnalysisOptions options)
    {
        var text = DockerfileText.Decode(contents);
        var folder = Path.GetDirectoryName(Path.GetFullPath(composeFile))!;
        var filesRead = new List<string>();
        options.ComposeDirectory = folder;
        options.ReadFile = relative =>
        {
            var path = Path.GetFullPath(Path.Combine(folder, relative));
            var fileRead = UserFileReader.Read(path, UserFileReader.MaxConfigFileBytes);
            if (!fileRead.Succeeded)
            {
                return null;
            }

            filesRead.Add(path);
            return DockerfileText.Decode(fileRead.Bytes!).Text;
        };
        return new CheckedComposeFile(composeFile, text, ComposeLinter.Lint(text.Text, options), filesRead);
    }
}
