using Microsoft.Build.Framework;
using NotNative.Engine.Engine;

namespace NotNative.Tasks;

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
