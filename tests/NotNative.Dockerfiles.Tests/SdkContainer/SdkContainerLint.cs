using NotNative.Dockerfiles.SdkContainer;

namespace NotNative.Dockerfiles.Tests.SdkContainer;

/// <summary>Runs the SDK container rules over "Name=value; Name=value" properties ("; " separates; a RID list is "a;b"), as the analyzer and the task pass them.</summary>
internal static class SdkContainerLint
{
    public static IReadOnlyList<SdkContainerFinding> Run(string properties, bool publishing = false)
    {
        var values = properties.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return SdkContainerLinter.Lint(name => values.TryGetValue(name, out var value) ? value : null, publishing);
    }

    /// <summary>"NN2001@ContainerBaseImage", one per finding, in report order.</summary>
    public static string[] Ids(string properties, bool publishing = false) =>
        Run(properties, publishing).Select(f => f.Id + "@" + f.Property).ToArray();
}
