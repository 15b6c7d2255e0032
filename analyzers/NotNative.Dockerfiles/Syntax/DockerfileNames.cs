using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// Which file names are Dockerfiles: <c>Dockerfile</c>, <c>Dockerfile.*</c>, <c>*.Dockerfile</c> (any case), except
/// <c>Dockerfile.*</c> names that end in an extension of another kind of file (<c>Dockerfile.tar.gz</c>,
/// <c>Dockerfile.md</c>, <c>Dockerfile.dockerignore</c>): as additional files, binary ones fail the build with CS2015.
/// The package's targets exclude the same extensions (a test keeps the two lists equal).
/// </summary>
public static class DockerfileNames
{
    /// <summary>Extensions (without the dot, lower case) of files that are not Dockerfiles.</summary>
    public static IReadOnlyList<string> NonDockerfileExtensions { get; } = new[]
    {
        // archives and compressed files
        "tar", "gz", "tgz", "zip", "7z", "bz2", "xz", "zst", "rar", "lz4", "br",
        // images and documents
        "png", "jpg", "jpeg", "gif", "bmp", "ico", "svg", "webp", "pdf",
        // binaries and packages
        "exe", "dll", "so", "dylib", "bin", "jar", "war", "whl", "nupkg", "class", "pyc", "o", "a",
        // text files of other kinds
        "md", "dockerignore", "json", "yml", "yaml", "toml", "xml", "csproj", "sln", "props", "targets",
        "cs", "fs", "vb", "go", "py", "js", "mjs", "ts", "rb", "java", "kt", "rs", "c", "h", "cpp", "hpp", "swift", "php", "pl",
        "sh", "bash", "ps1", "psm1", "bat", "cmd", "rst", "adoc", "html", "htm", "css", "ini", "cfg", "conf", "csv", "slnx",
        "lock", "log", "asc", "sig", "sha256", "sha512", "pem", "crt", "key",
        // backups and editor leftovers
        "orig", "bak", "rej", "swp", "tmp", "old",
    };

    private static readonly HashSet<string> NonDockerfileExtensionSet = new(NonDockerfileExtensions, StringComparer.OrdinalIgnoreCase);

    public static bool IsDockerfileName(string fileName)
    {
        if (string.Equals(fileName, "Dockerfile", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!fileName.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var extension = fileName.Substring(fileName.LastIndexOf('.') + 1);
        return extension.Length > 0 && !NonDockerfileExtensionSet.Contains(extension);
    }
}
