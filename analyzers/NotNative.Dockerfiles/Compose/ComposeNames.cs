using System;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// Which file names are compose files: <c>compose.yaml</c>, <c>compose.yml</c>, <c>docker-compose.yaml</c>,
/// <c>docker-compose.yml</c>, and their <c>.override</c> and other <c>.NAME</c> variants (<c>docker-compose.prod.yml</c>),
/// any case. The package's targets glob the same names (build/NotNative.Package/build/NotNative.targets).
/// </summary>
public static class ComposeNames
{
    public static bool IsComposeFileName(string fileName)
    {
        if (!fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var stem = fileName.Substring(0, fileName.LastIndexOf('.'));
        return IsStem(stem, "compose") || IsStem(stem, "docker-compose");
    }

    private static bool IsStem(string stem, string name) =>
        string.Equals(stem, name, StringComparison.OrdinalIgnoreCase)
        || (stem.Length > name.Length + 1 && stem.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase));
}
