using System.Collections;
using Microsoft.Build.Framework;

namespace NotNative.Tasks.Tests;

/// <summary>
/// An IBuildEngine4 that keeps what the task logs. Engines made with the same <c>buildObjects</c> are projects of one
/// build: they share what the tasks register for the build's lifetime, as MSBuild's node does.
/// </summary>
internal sealed class RecordingBuildEngine : IBuildEngine4
{
    private readonly Dictionary<object, object> _buildObjects;

    public RecordingBuildEngine(Dictionary<object, object>? buildObjects = null) => _buildObjects = buildObjects ?? new Dictionary<object, object>();

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

    public bool IsRunningMultipleNodes => false;
    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => true;
    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => true;
    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => new(true, null);
    public void Yield() { }
    public void Reacquire() { }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection)
    {
        lock (_buildObjects)
        {
            _buildObjects[key] = obj;
        }
    }

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
    {
        lock (_buildObjects)
        {
            return _buildObjects.TryGetValue(key, out var value) ? value : null;
        }
    }

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
    {
        lock (_buildObjects)
        {
            return _buildObjects.Remove(key, out var value) ? value : null;
        }
    }
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

    public (bool Result, RecordingBuildEngine Engine) Run(string dockerfile = "Dockerfile", Action<NotNativeCheck>? configure = null, Dictionary<object, object>? buildObjects = null)
    {
        var engine = new RecordingBuildEngine(buildObjects);
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
