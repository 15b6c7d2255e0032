namespace NotNative.Analyzers.Tests.Verifiers;

/// <summary>
/// The MSBuild properties the analyzers read as build_property.* (CompilerVisibleProperty), written as the global
/// analyzer config the compiler receives; tests add it to TestState.AnalyzerConfigFiles.
/// </summary>
internal static class BuildProperties
{
    /// <summary>A project that says it ships in a Linux container (Visual Studio's container tools property).</summary>
    public static readonly IReadOnlyDictionary<string, string> LinuxContainer = new Dictionary<string, string> { ["DockerDefaultTargetOS"] = "Linux" };

    /// <summary>No property at all: not a container project.</summary>
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> With(this IReadOnlyDictionary<string, string> properties, string name, string value) =>
        new Dictionary<string, string>(properties.ToDictionary(p => p.Key, p => p.Value)) { [name] = value };

    /// <summary>Properties from "Name=value" pairs.</summary>
    public static IReadOnlyDictionary<string, string> Of(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    public static string GlobalConfig(IReadOnlyDictionary<string, string> properties) =>
        "is_global = true\n" + string.Concat(properties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));
}
