using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine;
using NotNative.Engine.Engine;
using NotNative.Engine.Sarif;

namespace NotNative.Tasks;

/// <summary>
/// Build-time checks before an image is built: the build context (NN3005, NN3006) and the target engine
/// (NN3001-NN3004). Every problem is logged with a code, file, line and column; no exception escapes
/// to MSBuild (no MSB4018): an unexpected one becomes NN9000.
/// </summary>
public sealed class NotNativeCheck : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly object _cancelGate = new();
    private CancellationTokenSource? _cancel;
    private bool _cancelRequested;
    private readonly List<BuildFinding> _findings = new();

    [Required]
    public string Dockerfile { get; set; } = string.Empty;

    public string? ContextDirectory { get; set; }
    public string? NotNativeTargetOS { get; set; }
    public string? DockerDefaultTargetOS { get; set; }
    public string? EnableSdkContainerSupport { get; set; }
    public string? ContainerRuntimeIdentifier { get; set; }
    public string? RuntimeIdentifier { get; set; }

    /// <summary>SDK container publishing settings the target-OS decision reads (TargetOs.Properties).</summary>
    public string? ContainerBaseImage { get; set; }
    public string? ContainerRepository { get; set; }
    public string? ContainerImageName { get; set; }
    public string? ContainerFamily { get; set; }
    public string? PublishProfile { get; set; }
    public string? WebPublishMethod { get; set; }

    /// <summary>auto (default) | required | off.</summary>
    public string? EngineCheck { get; set; }

    /// <summary>Overall engine timeout in milliseconds (default 5000).</summary>
    public string? EngineTimeout { get; set; }

    /// <summary>An explicit engine endpoint (NotNativeDockerHost); otherwise DOCKER_HOST, contexts, the default.</summary>
    public string? DockerHost { get; set; }

    /// <summary>Where the findings also go as SARIF 2.1.0 (NotNativeSarifLog), paths relative to the project folder; empty: none.</summary>
    public string? SarifLog { get; set; }

    /// <summary>Context files the checks read, for the target's incremental inputs.</summary>
    [Output]
    public ITaskItem[] FilesRead { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>MSBuild calls this on Ctrl+C or a cancelled build: the wait for the engine ends at once.</summary>
    public void Cancel()
    {
        lock (_cancelGate)
        {
            _cancelRequested = true;
            _cancel?.Cancel();
        }
    }

    public override bool Execute()
    {
        using var cancel = new CancellationTokenSource();
        lock (_cancelGate)
        {
            _cancel = cancel;
            if (_cancelRequested)
            {
                cancel.Cancel();
            }
        }

        try
        {
            Run(cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Log.LogMessage(MessageImportance.High, "NotNative: check cancelled.");
        }
        catch (Exception e)
        {
            Report(BuildFinding.Unlocated(RuleIds.InternalError, RuleSeverity.Error,
                $"NotNative's build check failed unexpectedly ({e.GetType().Name}: {e.Message}). Please report it; set NotNativeEngineCheck=off to skip the check meanwhile."));
        }
        finally
        {
            lock (_cancelGate)
            {
                _cancel = null;
            }
        }

        WriteSarifLog();

        return !Log.HasLoggedErrors;
    }

    private void Run(CancellationToken cancellationToken)
    {
        if (!EngineCheckSettings.TryParseMode(EngineCheck, out var mode))
        {
            Report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                CheckHost.MSBuild.InvalidEngineCheck(EngineCheck) + " Fix the property in the project file or on the command line."));
            return;
        }

        if (!EngineCheckSettings.TryParseTimeout(EngineTimeout, out var timeout))
        {
            Report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                CheckHost.MSBuild.InvalidEngineTimeout(EngineTimeout) + " Fix the property in the project file or on the command line."));
            return;
        }

        var dockerfile = Path.GetFullPath(Dockerfile);
        if (Directory.Exists(dockerfile) || !File.Exists(dockerfile))
        {
            Report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                Directory.Exists(dockerfile)
                    ? $"The Dockerfile '{Dockerfile}' is a folder. Set DockerfileFile (or NotNativeDockerfile) to the Dockerfile itself."
                    : $"The Dockerfile '{Dockerfile}' does not exist. Set DockerfileFile (or NotNativeDockerfile) to the project's Dockerfile."));
            return;
        }

        var context = string.IsNullOrWhiteSpace(ContextDirectory) ? Path.GetDirectoryName(dockerfile)! : Path.GetFullPath(ContextDirectory);
        if (!Directory.Exists(context))
        {
            Report(BuildFinding.Unlocated(RuleIds.InvalidConfiguration, RuleSeverity.Error,
                $"The build context '{ContextDirectory}' does not exist. Set DockerfileContext (or NotNativeBuildContext) to the folder docker build gets."));
            return;
        }

        var (targetOs, source) = TargetOs.Resolve(Property);
        var check = new BuildCheck(mode, CheckHost.MSBuild, timeout, DockerHost, EngineAnswers.For(BuildEngine).GetOrProbe);
        var options = new DockerfileAnalysisOptions { TargetOs = targetOs, TargetOsSource = source };
        foreach (var finding in check.Check(dockerfile, context, options, ContainerRuntimeIdentifier, cancellationToken))
        {
            Report(finding);
        }

        FilesRead = check.FilesRead.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
    }

    /// <summary>The properties the target-OS decision reads (TargetOs.Properties), by name.</summary>
    private string? Property(string name) => name switch
    {
        nameof(NotNativeTargetOS) => NotNativeTargetOS,
        nameof(DockerDefaultTargetOS) => DockerDefaultTargetOS,
        nameof(EnableSdkContainerSupport) => EnableSdkContainerSupport,
        nameof(ContainerRuntimeIdentifier) => ContainerRuntimeIdentifier,
        nameof(RuntimeIdentifier) => RuntimeIdentifier,
        nameof(ContainerBaseImage) => ContainerBaseImage,
        nameof(ContainerRepository) => ContainerRepository,
        nameof(ContainerImageName) => ContainerImageName,
        nameof(ContainerFamily) => ContainerFamily,
        nameof(PublishProfile) => PublishProfile,
        nameof(WebPublishMethod) => WebPublishMethod,
        _ => null,
    };

    /// <summary>The MSBuild ErrorLog holds compiler diagnostics only: this log carries NN3xxx to code scanning.</summary>
    private void WriteSarifLog()
    {
        if (string.IsNullOrWhiteSpace(SarifLog))
        {
            return;
        }

        try
        {
            // MSBuild runs a project's tasks in its folder: paths are relative to it (the default log is under obj/),
            // and so are the log's URIs (%SRCROOT%).
            var sourceRoot = Directory.GetCurrentDirectory();
            var dockerfile = Path.GetFullPath(Dockerfile);
            var path = Path.GetFullPath(SarifLog);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            var sarif = new SarifLogWriter(stream, BuildRuleDescriptors.All.Append(RuleCatalogue.UnparseableDockerfile), sourceRoot);
            foreach (var finding in _findings)
            {
                sarif.Add(finding, dockerfile);
            }

            sarif.Complete();
        }
        catch (Exception e)
        {
            // No exception escapes to MSBuild (no MSB4018): a log that cannot be written is NN9000 with the reason.
            Log.LogError(null, RuleIds.InternalError, null, Dockerfile, 0, 0, 0, 0,
                "NotNative could not write the SARIF log '{0}' ({1}). Set NotNativeSarifLog to a writable file.", SarifLog, e.Message);
        }
    }

    private void Report(BuildFinding finding)
    {
        _findings.Add(finding);
        var file = finding.File ?? Dockerfile;
        switch (finding.Severity)
        {
            case RuleSeverity.Error:
                Log.LogError(null, finding.Id, null, file, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, "{0}", finding.Message);
                break;
            case RuleSeverity.Warning:
                Log.LogWarning(null, finding.Id, null, file, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, "{0}", finding.Message);
                break;
            default:
                // "No engine" in auto mode is routine on machines without Docker: visible with -v:n, not in every build.
                var importance = finding.Id == RuleIds.EngineUnreachable ? MessageImportance.Normal : MessageImportance.High;
                Log.LogMessage(null, finding.Id, null, file, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, importance, "{0}", finding.Message);
                break;
        }
    }
}
