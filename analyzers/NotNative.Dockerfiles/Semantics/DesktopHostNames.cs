using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// The catalogue of host names that resolve only on Docker Desktop (field notes, section 5), shared by the
/// Dockerfile rule NN2009 and the C# rule NN1006.
/// </summary>
public static class DesktopHostNames
{
    public static IReadOnlyList<string> All { get; } = new[]
    {
        "host.docker.internal", "gateway.docker.internal", "docker.for.mac.localhost", "docker.for.mac.host.internal",
        "docker.for.win.localhost", "docker.for.win.host.internal", "docker.for.mac.", "docker.for.win.",
    };

    /// <summary>The first Desktop-only name in <paramref name="text"/> as a whole host name, or null.</summary>
    public static string? FindIn(string text)
    {
        foreach (var name in All)
        {
            var index = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                var boundedBefore = index == 0 || !(char.IsLetterOrDigit(text[index - 1]) || text[index - 1] == '.' || text[index - 1] == '-');
                var end = index + name.Length;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '.' || text[end] == '-'))
                {
                    end++;
                }

                var found = text.Substring(index, end - index).TrimEnd('.');
                var boundedAfter = name.EndsWith(".", StringComparison.Ordinal) || found.Length == name.Length;
                if (boundedBefore && boundedAfter)
                {
                    return found;
                }

                index = text.IndexOf(name, index + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        return null;
    }
}
