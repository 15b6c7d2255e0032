using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace NotNative.Tasks;

/// <summary>
/// The NotNativeCheck task as .NET Framework MSBuild (Visual Studio) runs it: the same parameters as the net8.0 task,
/// passed to `dotnet notnative-check.dll` (packed in ../net8.0/, the same check in a process), whose JSON findings are
/// logged here with their code, file, line and column, as the net8.0 task logs them. A parameter added to the net8.0
/// task is added here too: every string property below is passed on by name.
/// </summary>
public sealed class NotNativeCheck : ToolTask
{
    private const string InternalError = NotNative.Dockerfiles.Diagnostics.RuleIds.InternalError;
    private readonly List<string> _toolOutput = new();
    private string? _report;

    public string Dockerfile { get; set; } = string.Empty;

    public string? ContextDirectory { get; set; }
    public string? NotNativeTargetOS { get; set; }
    public string? DockerDefaultTargetOS { get; set; }
    public string? EnableSdkContainerSupport { get; set; }
    public string? ContainerRuntimeIdentifier { get; set; }
    public string? RuntimeIdentifier { get; set; }
    public string? ContainerBaseImage { get; set; }
    public string? ContainerRepository { get; set; }
    public string? ContainerImageName { get; set; }
    public string? ContainerFamily { get; set; }
    public string? PublishProfile { get; set; }
    public string? WebPublishMethod { get; set; }
    public string? EngineCheck { get; set; }
    public string? EngineTimeout { get; set; }
    public string? DockerHost { get; set; }
    public string? ContainerRuntimeIdentifiers { get; set; }
    public string? RuntimeIdentifiers { get; set; }
    public string? TargetPlatform { get; set; }
    public string? PublishingContainer { get; set; }
    public string? NoBuild { get; set; }
    public string? ProjectFile { get; set; }
    public string? ContainerRegistry { get; set; }
    public string? ContainerArchiveOutputPath { get; set; }
    public string? ProjectAssetsFile { get; set; }
    public string? SarifLog { get; set; }
    public string? ComposeFiles { get; set; }

    [Output]
    public ITaskItem[] FilesRead { get; private set; } = Array.Empty<ITaskItem>();

    [Output]
    public ITaskItem[] FoldersCopied { get; private set; } = Array.Empty<ITaskItem>();

    protected override string ToolName => Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    /// <summary>The checker beside the net8.0 task: tasks/net8.0/notnative-check.dll, next to this tasks/netstandard2.0/.</summary>
    private static string Checker =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(NotNativeCheck).Assembly.Location)!, "..", "net8.0", "notnative-check.dll"));

    /// <summary>
    /// The dotnet host: the one that runs this build (DOTNET_HOST_PATH, set by the dotnet CLI and the SDK resolver),
    /// else the first on PATH, else the default install folder.
    /// </summary>
    protected override string GenerateFullPathToTool()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = folder.Length == 0 ? null : Path.Combine(folder.Trim('"'), ToolName);
            if (candidate != null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.DirectorySeparatorChar == '\\'
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "dotnet", ToolName)
            : "/usr/local/share/dotnet/dotnet";
    }

    protected override string GenerateCommandLineCommands()
    {
        var command = new CommandLineBuilder();
        command.AppendFileNameIfNotNull(Checker);
        command.AppendSwitch("--format json");
        command.AppendSwitchIfNotNull("--output ", _report);
        return command.ToString();
    }

    /// <summary>The parameters, one 'Name=Value' a line: no value needs quoting (a line break, which no path holds, becomes a space).</summary>
    protected override string GenerateResponseFileCommands() =>
        string.Join("\n", typeof(NotNativeCheck).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType == typeof(string) && p.GetValue(this) is string { Length: > 0 })
            .Select(p => p.Name + "=" + ((string)p.GetValue(this)!).Replace('\r', ' ').Replace('\n', ' ')));

    /// <summary>The command without the settings file's contents: NotNativeDockerHost may hold credentials, and no secret is logged.</summary>
    protected override void LogToolCommand(string message) =>
        Log.LogMessage(MessageImportance.Normal, "{0} {1} @settings", GenerateFullPathToTool(), GenerateCommandLineCommands());

    protected override Encoding ResponseFileEncoding => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public override bool Execute()
    {
        _report = Path.Combine(Path.GetTempPath(), "notnative-check-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            return base.Execute() && !Log.HasLoggedErrors;
        }
        finally
        {
            File.Delete(_report);
        }
    }

    protected override int ExecuteTool(string pathToTool, string responseFileCommands, string commandLineCommands)
    {
        var exitCode = base.ExecuteTool(pathToTool, responseFileCommands, commandLineCommands);
        // A cancelled build ends the checker (exit code -1) and reports nothing.
        if (exitCode == 0)
        {
            ReportFindings();
        }

        return exitCode;
    }

    /// <summary>Keeps what the checker prints (it prints only when it fails), for NN9000.</summary>
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        _toolOutput.Add(singleLine);
        Log.LogMessage(MessageImportance.Low, "{0}", singleLine);
    }

    protected override bool HandleTaskExecutionErrors()
    {
        Log.LogError(null, InternalError, null, Dockerfile, 0, 0, 0, 0,
            "NotNative's build check failed unexpectedly ({0} exited with code {1}: {2}). Please report it; set NotNativeEngineCheck=off to skip the check meanwhile.",
            Path.GetFileName(Checker), ExitCode, string.Join(" ", _toolOutput.Take(20)));
        return false;
    }

    private void ReportFindings()
    {
        CheckReport report;
        try
        {
            using var stream = File.OpenRead(_report!);
            report = (CheckReport)new DataContractJsonSerializer(typeof(CheckReport)).ReadObject(stream)!;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SerializationException or InvalidCastException)
        {
            Log.LogError(null, InternalError, null, Dockerfile, 0, 0, 0, 0,
                "NotNative's build check failed unexpectedly (its report could not be read: {0}). Please report it; set NotNativeEngineCheck=off to skip the check meanwhile.", e.Message);
            return;
        }

        foreach (var finding in report.Findings ?? new List<CheckFinding>())
        {
            switch (finding.Severity)
            {
                case "error":
                    Log.LogError(null, finding.Id, null, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, "{0}", finding.Message);
                    break;
                case "warning":
                    Log.LogWarning(null, finding.Id, null, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn, "{0}", finding.Message);
                    break;
                default:
                    Log.LogMessage(null, finding.Id, null, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn,
                        finding.Routine ? MessageImportance.Normal : MessageImportance.High, "{0}", finding.Message);
                    break;
            }
        }

        FilesRead = (report.FilesRead ?? new List<string>()).Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        FoldersCopied = (report.FoldersCopied ?? new List<string>()).Select(f => (ITaskItem)new TaskItem(f)).ToArray();
    }

    /// <summary>The JSON notnative-check writes.</summary>
    [DataContract]
    private sealed class CheckReport
    {
        [DataMember(Name = "findings")] public List<CheckFinding>? Findings { get; set; }
        [DataMember(Name = "filesRead")] public List<string>? FilesRead { get; set; }
        [DataMember(Name = "foldersCopied")] public List<string>? FoldersCopied { get; set; }
    }

    [DataContract]
    private sealed class CheckFinding
    {
        [DataMember(Name = "id")] public string Id { get; set; } = string.Empty;
        [DataMember(Name = "severity")] public string Severity { get; set; } = string.Empty;
        [DataMember(Name = "routine")] public bool Routine { get; set; }
        [DataMember(Name = "file")] public string? File { get; set; }
        [DataMember(Name = "line")] public int Line { get; set; }
        [DataMember(Name = "column")] public int Column { get; set; }
        [DataMember(Name = "endLine")] public int EndLine { get; set; }
        [DataMember(Name = "endColumn")] public int EndColumn { get; set; }
        [DataMember(Name = "message")] public string Message { get; set; } = string.Empty;
    }
}
