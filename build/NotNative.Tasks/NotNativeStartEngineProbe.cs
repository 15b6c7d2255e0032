using Microsoft.Build.Framework;
using NotNative.Engine.Engine;

namespace NotNative.Tasks;

/// <summary>
/// Starts asking the engine early in the build (before reference resolution) and returns at once, so the client's
/// first-use cost and the round trip overlap other targets. NotNativeCheck later takes the answer from the same
/// build-scoped cache and reports; this task reports nothing and never fails the build.
/// </summary>
public sealed class NotNativeStartEngineProbe : Microsoft.Build.Utilities.Task
{
    public string? DockerHost { get; set; }
    public string? EngineCheck { get; set; }
    public string? EngineTimeout { get; set; }

    public override bool Execute()
    {
        try
        {
            // A value NotNativeCheck refuses (NN9002) starts nothing here.
            if (!EngineCheckSettings.TryParseMode(EngineCheck, out var mode) || mode == EngineCheckMode.Off
                || !EngineCheckSettings.TryParseTimeout(EngineTimeout, out var timeout))
            {
                return true;
            }

            if (new EndpointResolver().Resolve(DockerHost, CheckHost.MSBuild.EndpointSetting).Endpoint is { } endpoint)
            {
                _ = EngineAnswers.For(BuildEngine).GetOrProbe(endpoint, timeout, CancellationToken.None);
            }
        }
        catch (Exception)
        {
            // NotNativeCheck asks again and reports whatever goes wrong.
        }

        return true;
    }
}

/// <summary>The build-scoped engine answer cache shared by the tasks (RegisterTaskObject, build lifetime).</summary>
internal static class EngineAnswers
{
    private const string Key = "NotNative.EngineAnswerCache";
    private static readonly object Gate = new();

    public static EngineAnswerCache For(IBuildEngine buildEngine)
    {
        if (buildEngine is not IBuildEngine4 engine)
        {
            return new EngineAnswerCache();
        }

        lock (Gate)
        {
            if (engine.GetRegisteredTaskObject(Key, RegisteredTaskObjectLifetime.Build) is EngineAnswerCache cache)
            {
                return cache;
            }

            cache = new EngineAnswerCache();
            engine.RegisterTaskObject(Key, cache, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            return cache;
        }
    }
}
