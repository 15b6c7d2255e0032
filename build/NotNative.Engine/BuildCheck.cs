using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.SdkContainer;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Context;
using NotNative.Engine.Engine;
using NotNative.Engine.Files;
using NotNative.Engine.Native;

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
    private readonly HashSet<string> _foldersCopied = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nativeSaid = new(StringComparer.Ordinal);
    private Task<ProbeResult>? _answer;
    private ProjectAssets? _assets;
    private string? _assetsProblem;

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

    /// <summary>
    /// The architecture the image is built for (NotNativeTargetPlatform or --target-platform, else ContainerRuntimeIdentifier's;
    /// <see cref="EngineCheckSettings.TryResolveTargetArchitecture"/>), or null when unknown.
    /// </summary>
    public TargetArchitecture? TargetArchitecture { get; init; }

    /// <summary>The project's NuGet assets file (<c>$(ProjectAssetsFile)</c>, <c>--assets-file</c>) for NN3008; none: no NN3008.</summary>
    public string? ProjectAssetsFile { get; init; }

    /// <summary>The project's <c>RuntimeIdentifier</c>: the container's RID when it is a Linux one and ContainerRuntimeIdentifier is unset.</summary>
    public string? RuntimeIdentifier { get; init; }

    /// <summary>Context files the checks read so far, for a build's incremental inputs.</summary>
    public IReadOnlyCollection<string> FilesRead => _filesRead;

    /// <summary>Context folders the Dockerfiles copy whole, for a build's incremental inputs (a script added there later).</summary>
    public IReadOnlyCollection<string> FoldersCopied => _foldersCopied;

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
        _foldersCopied.UnionWith(checkedFile.Context.FoldersCopied);
        var lint = checkedFile.Lint;
        var expected = EngineExpectations.From(lint, dockerfile, lint.Options.TargetOs, lint.Options.TargetOsSource, containerRuntimeIdentifier);
        string? engineArchitecture = null;
        if (_mode != EngineCheckMode.Off)
        {
            var answer = Answer(cancellationToken);
            engineArchitecture = answer.Facts?.Architecture;
            foreach (var finding in Said(expected, answer))
            {
                yield return finding;
            }

            foreach (var finding in EngineArchitectureConflicts.Evaluate(answer, lint, dockerfile, TargetArchitecture))
            {
                yield return finding;
            }
        }

        if (expected.Os == ContainerOs.Linux)
        {
            var container = ContainerRuntime.Resolve(containerRuntimeIdentifier, RuntimeIdentifier, lint.Model.FinalStage, TargetArchitecture?.Name, engineArchitecture);
            foreach (var finding in NativeAssetFindings(container))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return finding;
            }
        }
    }

    /// <summary>NN3008 over <see cref="ProjectAssetsFile"/>, each finding once per run; an assets file that cannot be read is a quiet note (Hidden).</summary>
    private IEnumerable<BuildFinding> NativeAssetFindings(ContainerRuntime? container)
    {
        if (container == null || string.IsNullOrWhiteSpace(ProjectAssetsFile) || UserFileReader.KindOf(ProjectAssetsFile!) == UserFileKind.Missing)
        {
            yield break; // not restored yet, or not a NuGet project: nothing to say
        }

        _filesRead.Add(Path.GetFullPath(ProjectAssetsFile!));
        _assets ??= ProjectAssets.Read(ProjectAssetsFile!, out _assetsProblem);
        if (_assets == null)
        {
            if (_nativeSaid.Add(_assetsProblem!))
            {
                yield return new BuildFinding(RuleIds.NativeAssetsMissingForContainer, RuleSeverity.Hidden, ProjectAssetsFile, 0, 0, 0, 0,
                    $"The assets file {_assetsProblem}; NotNative did not check the packages' native libraries (NN3008).");
            }

            yield break;
        }

        foreach (var finding in MissingNativeAssetsCheck.Evaluate(_assets, container))
        {
            if (_nativeSaid.Add(finding.Message))
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// The engine's findings for a project without a Dockerfile, whose image the SDK builds (PublishContainer) and loads
    /// into the engine: its OS against the project's target OS (NN3001), and the architectures of ContainerRuntimeIdentifier(s)
    /// against the engine's (NN3004), with the engine's own state said once per run.
    /// </summary>
    public IEnumerable<BuildFinding> CheckEngine(ContainerOs targetOs, string targetOsSource, string? containerRuntimeIdentifier, string? containerRuntimeIdentifiers, CancellationToken cancellationToken)
    {
        if (_mode == EngineCheckMode.Off)
        {
            return Array.Empty<BuildFinding>();
        }

        _answer ??= _askEngine(cancellationToken);
        return CheckEngineStarted(targetOs, targetOsSource, containerRuntimeIdentifier, containerRuntimeIdentifiers, cancellationToken);
    }

    private IEnumerable<BuildFinding> CheckEngineStarted(ContainerOs targetOs, string targetOsSource, string? containerRuntimeIdentifier, string? containerRuntimeIdentifiers, CancellationToken cancellationToken) =>
        Said(EngineExpectations.ForProject(targetOs, targetOsSource, containerRuntimeIdentifier, containerRuntimeIdentifiers), Answer(cancellationToken));

    private ProbeResult Answer(CancellationToken cancellationToken) => _answer!.WaitAsync(cancellationToken).GetAwaiter().GetResult();

    /// <summary>The engine's findings for <paramref name="expected"/>, its own state said once per run.</summary>
    private IEnumerable<BuildFinding> Said(EngineExpectation expected, ProbeResult answer)
    {
        foreach (var finding in EngineChecks.Evaluate(answer, _mode, expected, _host))
        {
            if (!IsEngineState(finding.Id) || _engineStatesSaid.Add(finding.Id))
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// The check before the SDK's PublishContainer when the project has no Dockerfile: the SDK container rules on the
    /// project's properties (<paramref name="includePropertyRules"/>: when the compiler, whose analyzer reports them, did
    /// not run in this build), reported at the property's line in <paramref name="projectFile"/>; then, when the image
    /// goes to the local engine (no ContainerRegistry, no ContainerArchiveOutputPath), the engine's OS against the image's.
    /// </summary>
    public IEnumerable<BuildFinding> CheckSdkContainer(Func<string, string?> property, string projectFile, bool includePropertyRules, bool localEngine, CancellationToken cancellationToken)
    {
        var askEngine = localEngine && _mode != EngineCheckMode.Off;
        if (askEngine)
        {
            _answer ??= _askEngine(cancellationToken);
        }

        return CheckSdkContainerStarted(property, projectFile, includePropertyRules, askEngine, cancellationToken);
    }

    private IEnumerable<BuildFinding> CheckSdkContainerStarted(Func<string, string?> property, string projectFile, bool includePropertyRules, bool askEngine, CancellationToken cancellationToken)
    {
        if (includePropertyRules)
        {
            var text = ReadProjectFile(projectFile);
            var lines = text != null ? new LineIndex(text) : null;
            foreach (var finding in SdkContainerLinter.Lint(property, publishing: true))
            {
                var span = text != null ? ProjectFileProperties.Find(text, finding.Property, finding.Value) : null;
                var (start, end) = span is { } found && lines != null ? (lines.GetPosition(found.Start), lines.GetPosition(found.End)) : (default(LinePosition?), default(LinePosition?));
                yield return new BuildFinding(finding.Id, finding.Rule.DefaultSeverity, projectFile,
                    start?.Line + 1 ?? 0, start?.Character + 1 ?? 0, end?.Line + 1 ?? 0, end?.Character + 1 ?? 0, finding.Message);
            }
        }

        if (!askEngine)
        {
            yield break;
        }

        // The image's OS, from the RIDs the SDK builds for, and their architectures (NN3001, NN3004).
        var project = new SdkContainerProject(property);
        var rid = project.ContainerRids[0];
        var reason = "the image dotnet publish -t:PublishContainer builds " + (rid.IsDefault ? "(for linux-<arch>, the SDK's default RID)" : $"(for {rid.Property} '{rid.Value}')");
        var expected = EngineExpectations.ForSdkImage(project.ImageOs, reason, projectFile, property("ContainerRuntimeIdentifier"), property("ContainerRuntimeIdentifiers"));
        foreach (var finding in Said(expected, Answer(cancellationToken)))
        {
            yield return finding;
        }
    }

    private static string? ReadProjectFile(string projectFile)
    {
        try
        {
            return File.ReadAllText(projectFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // reported on the project without a line
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
