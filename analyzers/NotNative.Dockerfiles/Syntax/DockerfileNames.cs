using System;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>Which file names are Dockerfiles: <c>Dockerfile</c>, <c>Dockerfile.*</c>, <c>*.Dockerfile</c> (any case).</summary>
public static class DockerfileNames
{
    public static bool IsDockerfileName(string fileName)
    {
        if (fileName.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.Equals(fileName, "Dockerfile", StringComparison.OrdinalIgnoreCase)
               || fileName.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
               || fileName.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase);
    }
}
