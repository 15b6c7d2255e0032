namespace NotNative.Engine.Engine;

/// <summary>
/// The program that runs the engine checks, and how its user sets the engine check's mode: a message must name
/// a switch that exists where it is read (an MSBuild property in a build, a command-line option in the CLI).
/// </summary>
public sealed class CheckHost
{
    public static readonly CheckHost MSBuild = new("set NotNativeEngineCheck={0}", "NotNativeDockerHost");

    public static readonly CheckHost Cli = new("pass '--engine {0}'", "--host");

    private readonly string _engineCheckFormat;

    private CheckHost(string engineCheckFormat, string endpointSetting)
    {
        _engineCheckFormat = engineCheckFormat;
        EndpointSetting = endpointSetting;
    }

    /// <summary>Where this host takes an explicit engine endpoint: the NotNativeDockerHost property or --host.</summary>
    public string EndpointSetting { get; }

    /// <summary>How to set the engine check to <paramref name="mode"/>, as an imperative: "set NotNativeEngineCheck=off".</summary>
    public string SetEngineCheck(EngineCheckMode mode) => string.Format(System.Globalization.CultureInfo.InvariantCulture, _engineCheckFormat, mode.ToString().ToLowerInvariant());
}
