using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Engine;
using NotNative.Engine.Engine;

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

    /// <summary>The Dockerfile the project builds; empty before the SDK's PublishContainer in a project without one.</summary>
    public string Dockerfile { get; set; } = string.Empty;

    public string? ContextDirectory { get; set; }
    public string? NotNativeTargetOS { get; set; }
    public string? DockerDefaultTargetOS { get; set; }
    public string? EnableSdkContainerSupport { get; set; }
    public string? ContainerRuntimeIdentifier { get; set; }

    /// <summary>The SDK's multi-architecture list, read when ContainerRuntimeIdentifier is not set (a project without a Dockerfile).</summary>
    public string? ContainerRuntimeIdentifiers { get; set; }
    public string? RuntimeIdentifier { get; set; }
    public string? RuntimeIdentifiers { get; set; }

    /// <summary>SDK container publishing settings the target-OS decision reads (TargetOs.Properties).</summary>
    public string? ContainerBaseImage { get; set; }
    public string? ContainerRepository { get; set; }
    public string? ContainerImageName { get; set; }
    public string? ContainerFamily { get; set; }
    public string? PublishProfile { get; set; }
    public string? WebPublishMethod { get; set; }

    /// <summary>The platform the image is built for (NotNativeTargetPlatform: linux/amd64, arm64, ...); unset: ContainerRuntimeIdentifier's architecture, else unknown.</summary>
    public string? TargetPlatform { get; set; }

    /// <summary>true when the check runs before the SDK's PublishContainer.</summary>
    public string? PublishingContainer { get; set; }

    /// <summary>NoBuild: the compiler, whose analyzer reports the SDK container rules, did not run (dotnet publish --no-build).</summary>
    public string? NoBuild { get; set; }

    /// <summary>The project file, where the SDK container findings are reported.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>Where PublishContainer sends the image: the local engine unless one of these is set.</summary>
    public string? ContainerRegistry { get; set; }
    public string? ContainerArchiveOutputPath { get; set; }

    /// <summary>The project's NuGet assets file ($(ProjectAssetsFile)), whose packages' native libraries NN3008 checks.</summary>
    public string? ProjectAssetsFile { get; set; }

    /// <summary>auto (default) | required | off.</summary>
    public string? EngineCheck { get; set; }

    /// <summary>Overall engine timeout in milliseconds (default 5000).</summary>
    public string? EngineTimeout { get; set; }

    /// <summary>An explicit engine endpoint (NotNativeDockerHost); otherwise DOCKER_HOST, contexts, the default.</summary>
    public string? DockerHost { get; set; }

    /// <summary>Where the findings also go as SARIF 2.1.0 (NotNativeSarifLog), paths relative to the project folder; empty: none.</summary>
    public string? SarifLog { get; set; }

    /// <summary>The project's compose files, full paths, ';'-separated: their disk and engine checks (NN4004, NN4005, NN4007).</summary>
    public string? ComposeFiles { get; set; }

    /// <summary>Context files the checks read, for the target's incremental inputs.</summary>
    [Output]
    public ITaskItem[] FilesRead { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>Context folders the Dockerfile copies whole: the target lists their files among its inputs.</summary>
    [Output]
    public ITaskItem[] FoldersCopied { get; private set; } = Array.Empty<ITaskItem>();

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
            var check = new ProjectCheck(Property);
            check.Run(Report, cancel.Token, EngineAnswers.For(BuildEngine).GetOrProbe);
            FilesRead = check.FilesRead.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            FoldersCopied = check.FoldersCopied.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Log.LogMessage(MessageImportance.High, "NotNative: check cancelled.");
        }
        finally
        {
            lock (_cancelGate)
            {
                _cancel = null;
            }
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The task's parameters by name: the check's settings and the properties the target-OS decision reads (TargetOs.Properties).</summary>
    private string? Property(string name) => name switch
    {
        ProjectCheck.Dockerfile => Dockerfile,
        ProjectCheck.ContextDirectory => ContextDirectory,
        ProjectCheck.EngineCheck => EngineCheck,
        ProjectCheck.EngineTimeout => EngineTimeout,
        ProjectCheck.DockerHost => DockerHost,
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
        nameof(ContainerRuntimeIdentifiers) => ContainerRuntimeIdentifiers,
        nameof(RuntimeIdentifiers) => RuntimeIdentifiers,
        ProjectCheck.TargetPlatform => TargetPlatform,
        ProjectCheck.PublishingContainer => PublishingContainer,
        ProjectCheck.NoBuild => NoBuild,
        ProjectCheck.ProjectFile => string.IsNullOrWhiteSpace(ProjectFile) ? BuildEngine.ProjectFileOfTaskNode : ProjectFile,
        ProjectCheck.ContainerRegistry => ContainerRegistry,
        ProjectCheck.ContainerArchiveOutputPath => ContainerArchiveOutputPath,
        ProjectCheck.ProjectAssetsFile => ProjectAssetsFile,
        ProjectCheck.SarifLog => SarifLog,
        ProjectCheck.ComposeFiles => ComposeFiles,
        _ => null,
    };

    private void Report(BuildFinding finding)
    {
        var file = finding.File;
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
                // A Hidden finding is a note on what was not checked (an unreadable assets file): -v:d only.
                var importance = finding.Severity == RuleSeverity.Hidden ? MessageImportance.Low
                    : ProjectCheck.IsRoutine(finding) ? MessageImportance.Normal : MessageImportance.High;
                Log.LogMessage(null, finding.Id, null, file, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, importance, "{0}", finding.Message);
                break;
        }
    }
}
