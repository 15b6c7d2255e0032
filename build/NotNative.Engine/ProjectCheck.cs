using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine.Engine;
using NotNative.Engine.Sarif;

namespace NotNative.Engine;

/// <summary>
/// One project's build check from its MSBuild properties, by name (the NotNativeCheck task's parameters): the settings
/// validated (NN9002), the target OS decided (TargetOs.Resolve), the Dockerfile and context checked against the engine,
/// then the compose files' checks that need the disk or the engine (NN4004's engine half, NN4005, NN4007).
/// Shared by the task that runs inside .NET MSBuild and the notnative-check app that .NET Framework MSBuild (Visual
/// Studio) starts, so both routes report the same findings. No exception escapes: an unexpected one is NN9000.
/// </summary>
public sealed class ProjectCheck
{
    public const string Dockerfile = nameof(Dockerfile);
    public const string ContextDirectory = nameof(ContextDirectory);
    public const string EngineCheck = nameof(EngineCheck);
    public const string EngineTimeout = nameof(EngineTimeout);
    public const string DockerHost = nameof(DockerHost);
    public const string TargetPlatform = nameof(TargetPlatform);
    public const string PublishingContainer = nameof(PublishingContainer);
    public const string NoBuild = nameof(NoBuild);
    public const string ProjectFile = nameof(ProjectFile);
    public const string ContainerRegistry = nameof(ContainerRegistry);
    public const string ContainerArchiveOutputPath = nameof(ContainerArchiveOutputPath);
    public const string ProjectAssetsFile = nameof(ProjectAssetsFile);
    public const string SarifLog = nameof(SarifLog);

    /// <summary>The project's compose files (the package's NotNativeComposeFile additional files), full paths, ';'-separated.</summary>
    public const string ComposeFiles = nameof(ComposeFiles);

    private readonly Func<string, string?> _property;

    /// <param name="property">A task parameter's value by name: <see cref="Dockerfile"/>, ..., and the target-OS properties (TargetOs.Properties).</param>
    public ProjectCheck(Func<string, string?> property) => _property = property;

    /// <summary>Context files the checks read, for the target's incremental inputs.</summary>
    public IReadOnlyCollection<string> FilesRead { get; private set; } = Array.Empty<string>();

    /// <summary>Context folders the Dockerfile copies whole: the target lists their files among its inputs.</summary>
    public IReadOnlyCollection<string> FoldersCopied { get; private set; } = Array.Empty<string>();

    /// <summary>Whether MSBuild shows a message finding only at normal verbosity: "no engine" in auto mode is routine on machines without Docker.</summary>
    public static bool IsRoutine(BuildFinding finding) => finding.Id == RuleIds.EngineUnreachable;

    /// <summary>Runs the check, reporting each finding as it comes; a finding without a file is on the Dockerfile.</summary>
    /// <param name="askEngine">How to ask the engine (the task shares one answer per build); by default, directly.</param>
    public void Run(Action<BuildFinding> report, CancellationToken cancellationToken,
        Func<EngineEndpoint, TimeSpan, CancellationToken, Task<ProbeResult>>? askEngine = null)
    {
        var dockerfileSetting = _property(Dockerfile) ?? string.Empty;
        var findings = new List<BuildFinding>();
        void Report(BuildFinding finding)
        {
            var located = finding.File == null ? finding with { File = dockerfileSetting } : finding;
            findings.Add(located);
            report(located);
        }

        try
        {
            Check(dockerfileSetting, Report, cancellationToken, askEngine);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            Report(BuildFinding.Unlocated(RuleIds.InternalError, RuleSeverity.Error,
                $"NotNative's build check failed unexpectedly ({e.GetType().Name}: {e.Message}). Please report it; set NotNativeEngineCheck=off to skip the check meanwhile."));
        }

        WriteSarifLog(findings, report);
    }

    /// <summary>
    /// The findings as SARIF 2.1.0 in <see cref="SarifLog"/> (NotNativeSarifLog), since the compiler's ErrorLog never holds
    /// them: paths relative to the working folder (MSBuild runs a project's tasks in the project's folder), as are its URIs.
    /// </summary>
    private void WriteSarifLog(IReadOnlyList<BuildFinding> findings, Action<BuildFinding> report)
    {
        var sarifLog = _property(SarifLog);
        if (string.IsNullOrWhiteSpace(sarifLog))
        {
            return;
        }

        try
        {
            var sourceRoot = Directory.GetCurrentDirectory();
            var dockerfileSetting = _property(Dockerfile);
            var fallbackFile = !string.IsNullOrWhiteSpace(dockerfileSetting) ? Path.GetFullPath(dockerfileSetting!)
                : _property(ProjectFile) is { Length: > 0 } projectFile ? Path.GetFullPath(projectFile) : sourceRoot;
            var path = Path.GetFullPath(sarifLog!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            var sarif = new SarifLogWriter(stream, BuildRuleDescriptors.All.Append(RuleCatalogue.UnparseableDockerfile), sourceRoot);
            foreach (var finding in findings)
            {
                sarif.Add(finding, fallbackFile);
            }

            sarif.Complete();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A log that cannot be written is NN9000 with the reason, never an exception out of the task (MSB4018).
            report(BuildFinding.Unlocated(RuleIds.InternalError, RuleSeverity.Error,
                $"NotNative could not write the SARIF log '{sarifLog}' ({e.Message}). Set NotNativeSarifLog to a writable file.") with { File = _property(Dockerfile) ?? string.Empty });
        }
    }

    private void Check(string dockerfileSetting, Action<BuildFinding> report, CancellationToken cancellationToken,
        Func<EngineEndpoint, TimeSpan, CancellationToken, Task<ProbeResult>>? askEngine)
    {
        var engineCheck = _property(EngineCheck);
        if (!EngineCheckSettings.TryParseMode(engineCheck, out var mode))
        {
            report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                CheckHost.MSBuild.InvalidEngineCheck(engineCheck) + " Fix the property in the project file or on the command line."));
            return;
        }

        var engineTimeout = _property(EngineTimeout);
        if (!EngineCheckSettings.TryParseTimeout(engineTimeout, out var timeout))
        {
            report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                CheckHost.MSBuild.InvalidEngineTimeout(engineTimeout) + " Fix the property in the project file or on the command line."));
            return;
        }

        var targetPlatform = _property(TargetPlatform);
        if (!EngineCheckSettings.TryResolveTargetArchitecture(targetPlatform, _property(TargetOs.ContainerRuntimeIdentifier), CheckHost.MSBuild, out var targetArchitecture))
        {
            report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                CheckHost.MSBuild.InvalidTargetPlatform(targetPlatform) + " Fix the property in the project file or on the command line."));
            return;
        }

        var (targetOs, source) = TargetOs.Resolve(_property);
        var check = new BuildCheck(mode, CheckHost.MSBuild, timeout, _property(DockerHost), askEngine)
        {
            TargetArchitecture = targetArchitecture,
            ProjectAssetsFile = _property(ProjectAssetsFile),
            RuntimeIdentifier = _property(TargetOs.RuntimeIdentifier),
        };
        CheckImage(dockerfileSetting, check, targetOs, source, report, cancellationToken);

        // The compiler reports the compose rules (NN4001-NN4004 from the file alone): the check adds only what needs the
        // disk or the engine (IncludesDockerfileRules is false), with the analyzer's options.
        foreach (var composeFile in (_property(ComposeFiles) ?? string.Empty).Split(';').Select(f => f.Trim()).Where(f => f.Length > 0))
        {
            foreach (var finding in check.CheckCompose(composeFile, ComposeAnalysisOptions.For(targetOs, source, _property(TargetPlatform)), cancellationToken))
            {
                report(finding.File == null ? finding with { File = composeFile } : finding);
            }
        }

        FilesRead = check.FilesRead;
        FoldersCopied = check.FoldersCopied;
    }

    /// <summary>The Dockerfile and its context, or without one the SDK container's settings before PublishContainer.</summary>
    private void CheckImage(string dockerfileSetting, BuildCheck check, ContainerOs targetOs, string source, Action<BuildFinding> report, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(dockerfileSetting))
        {
            // No Dockerfile: the check runs before the SDK's PublishContainer only, on the SDK container's properties
            // (when the compiler did not check them) and the engine it loads the image into.
            if (IsTrue(_property(PublishingContainer)))
            {
                var localEngine = string.IsNullOrWhiteSpace(_property(ContainerRegistry)) && string.IsNullOrWhiteSpace(_property(ContainerArchiveOutputPath));
                foreach (var finding in check.CheckSdkContainer(_property, _property(ProjectFile) ?? string.Empty, includePropertyRules: IsTrue(_property(NoBuild)), localEngine, cancellationToken))
                {
                    report(finding);
                }
            }

            return;
        }

        var dockerfile = Path.GetFullPath(dockerfileSetting);
        if (Directory.Exists(dockerfile) || !File.Exists(dockerfile))
        {
            report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                Directory.Exists(dockerfile)
                    ? $"The Dockerfile '{dockerfileSetting}' is a folder. Set DockerfileFile (or NotNativeDockerfile) to the Dockerfile itself."
                    : $"The Dockerfile '{dockerfileSetting}' does not exist. Set DockerfileFile (or NotNativeDockerfile) to the project's Dockerfile."));
            return;
        }

        var contextSetting = _property(ContextDirectory);
        var context = string.IsNullOrWhiteSpace(contextSetting) ? Path.GetDirectoryName(dockerfile)! : Path.GetFullPath(contextSetting);
        if (!Directory.Exists(context))
        {
            report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                $"The build context '{contextSetting}' does not exist. Set DockerfileContext (or NotNativeBuildContext) to the folder docker build gets."));
            return;
        }

        var options = new DockerfileAnalysisOptions { TargetOs = targetOs, TargetOsSource = source };
        foreach (var finding in check.Check(dockerfile, context, options, _property(TargetOs.ContainerRuntimeIdentifier), cancellationToken))
        {
            report(finding);
        }
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
