using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Context;
using NotNative.Engine.Engine;
using NotNative.Engine.Files;

namespace NotNative.Engine;

/// <summary>
/// The build check, one run of it, shared by the MSBuild task and the CLI: for each Dockerfile it reads and decodes
/// the file, lints it, checks its build context and holds the engine to what the Dockerfile needs. The engine is asked
/// once per run, and its own state (unreachable, a VM, no usable answer, a configuration it cannot use) is said once
/// per run, not once per Dockerfile. The hosts differ only in how they report and in the <see cref="CheckHost"/> wording.
/// </summary>
public sealed partial class BuildCheck
{
    private readonly EngineCheckMode _mode;
    private readonly CheckHost _host;
    private readonly Func<CancellationToken, Task<ProbeResult>> _askEngine;
    private readonly HashSet<string> _engineStatesSaid = new(StringComparer.Ordinal);
    private readonly HashSet<string> _filesRead = new(StringComparer.Ordinal);
    private Task<ProbeResult>? _answer;

    /// <param name="askEngine">Asks the engine <paramref name="dockerHost"/> (or DOCKER_HOST, the context) names; by default, directly.</param>
    public BuildCheck(EngineCheckMode mode, CheckHost host, TimeSpan engineTimeout, string? dockerHost,
        Func<EngineEndpoint, TimeSpan, CancellationToken, Task<ProbeResult>>? askEngine = null)
    {
        _mode = mode;
        _host = host;
        askEngine ??= (endpoint, timeout, cancellationToken) => Task.Run(() => EngineProbe.ProbeAsync(endpoint, timeout, cancellationToken), cancellationToken);
        _askEngine = cancellationToken =>
        {
            var resolution = new EndpointResolver().Resolve(dockerHost, host.EndpointSetting);
            return resolution.Endpoint == null
                ? Task.FromResult(ProbeResult.Failed(null, ProbeFailure.Configuration, resolution.Error!))
                : askEngine(resolution.Endpoint, engineTimeout, cancellationToken);
        };
    }

    /// <summary>Whether the Dockerfile rules' own findings (NN2xxx) are yielded too: the CLI reports them, a build has the analyzer for them.</summary>
    public bool IncludesDockerfileRules { get; init; }

    /// <summary>Context files the checks read so far, for a build's incremental inputs.</summary>
    public IReadOnlyCollection<string> FilesRead => _filesRead;

    /// <summary>
    /// The findings for one Dockerfile, lazily: a Dockerfile that cannot be read is one NN9001 without a file (the host
    /// names it as its user gave it); then the Dockerfile rules (when <see cref="IncludesDockerfileRules"/>), the build
    /// context's and the engine's. <paramref name="options"/> are the Dockerfile's own (<see cref="DockerfileAnalysisOptions.ForFile"/>).
    /// </summary>
    public IEnumerable<BuildFinding> Check(string dockerfile, string contextRoot, DockerfileAnalysisOptions options, string? containerRuntimeIdentifier, CancellationToken cancellationToken)
    {
        // Ask the engine first: its answer (and the client's first-use cost) overlaps the Dockerfile and context checks.
        if (_mode != EngineCheckMode.Off)
        {
            _answer ??= _askEngine(cancellationToken);
        }

        return CheckStarted(dockerfile, contextRoot, options, containerRuntimeIdentifier, cancellationToken);
    }

    private IEnumerable<BuildFinding> CheckStarted(string dockerfile, string contextRoot, DockerfileAnalysisOptions options, string? containerRuntimeIdentifier, CancellationToken cancellationToken)
    {
        var read = UserFileReader.Read(dockerfile);
        if (!read.Succeeded)
        {
            yield return BuildFinding.Unlocated(RuleIds.UnparseableDockerfile, RuleSeverity.Error, UserFileReader.DockerfileNotRead(read.Problem!));
            yield break;
        }

        var checkedFile = CheckContents(dockerfile, read.Bytes!, options, contextRoot);
        foreach (var finding in IncludesDockerfileRules ? checkedFile.Findings() : checkedFile.ContextFindings())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return finding;
        }

        _filesRead.UnionWith(checkedFile.Context.FilesRead);
        if (_mode == EngineCheckMode.Off)
        {
            yield break;
        }

        var lint = checkedFile.Lint;
        var expected = EngineExpectations.From(lint, dockerfile, lint.Options.TargetOs, lint.Options.TargetOsSource, containerRuntimeIdentifier);
        var answer = _answer!.WaitAsync(cancellationToken).GetAwaiter().GetResult();
        foreach (var finding in EngineChecks.Evaluate(answer, _mode, expected, _host))
        {
            if (!IsEngineState(finding.Id) || _engineStatesSaid.Add(finding.Id))
            {
                yield return finding;
            }
        }
    }

    /// <summary>Decodes and lints a Dockerfile's contents and prepares its build context's checks: one pass of `notnative fix` too.</summary>
    public static CheckedDockerfile CheckContents(string dockerfile, byte[] contents, DockerfileAnalysisOptions options, string contextRoot)
    {
        var text = DockerfileText.Decode(contents);
        var lint = DockerfileLinter.Lint(text.Text, options);
        return new CheckedDockerfile(dockerfile, text, lint, new BuildContextChecker(dockerfile, contextRoot, lint, lint.Options.TargetOs));
    }

    private static bool IsEngineState(string id) =>
        id is RuleIds.EngineUnreachable or RuleIds.EngineIsVm or RuleIds.EngineAnswerUnusable or RuleIds.InvalidConfiguration;
}
