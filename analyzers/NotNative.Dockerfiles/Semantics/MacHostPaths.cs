using System;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>Paths that exist only on a macOS host (field notes, section 5): a Linux container or server has none of them.</summary>
public static class MacHostPaths
{
    public static bool IsMacHostPath(string text) =>
        text.StartsWith("/Users/", StringComparison.Ordinal) || text.StartsWith("/Volumes/", StringComparison.Ordinal)
        || text.StartsWith("/private/", StringComparison.Ordinal);
}
