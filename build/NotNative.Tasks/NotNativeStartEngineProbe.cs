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
