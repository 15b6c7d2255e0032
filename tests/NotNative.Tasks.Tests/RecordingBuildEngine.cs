using System.Collections;
using Microsoft.Build.Framework;

namespace NotNative.Tasks.Tests;

/// <summary>An IBuildEngine that keeps what the task logs.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();
    public List<BuildWarningEventArgs> Warnings { get; } = new();
    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;
    public int LineNumberOfTaskNode => 0;
    public int ColumnNumberOfTaskNode => 0;
    public string ProjectFileOfTaskNode => "test.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;
    public void LogCustomEvent(CustomBuildEventArgs e) { }
    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);
    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);
    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
}

/// <summary>A temporary build context folder, deleted afterwards.</summary>
internal sealed class TempContext : IDisposable
{
    public TempContext()
    {
        Root = Path.Combine(Path.GetTempPath(), "notnative-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public (bool Result, RecordingBuildEngine Engine) Run(string dockerfile = "Dockerfile", Action<NotNativeCheck>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new NotNativeCheck { BuildEngine = engine, Dockerfile = Path.Combine(Root, dockerfile) };
        configure?.Invoke(task);
        return (task.Execute(), engine);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
