using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// Which file names are Dockerfiles: <c>Dockerfile</c>, <c>Dockerfile.*</c>, <c>*.Dockerfile</c> (any case), but not
/// source, data or archive files that merely start with the word (BuildKit's own <c>dockerfile.go</c>,
/// <c>Dockerfile.md</c>, <c>Dockerfile.json</c>, <c>Dockerfile.tar.gz</c>).
/// </summary>
public static class DockerfileNames
{
    /// <summary>Extensions of files that are something else: code, documents, data, archives, images, backups.</summary>
    private static readonly HashSet<string> OtherFileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "go", "cs", "fs", "vb", "py", "pyc", "rb", "rs", "java", "kt", "js", "mjs", "ts", "c", "h", "cpp", "hpp", "swift", "php", "pl",
        "sh", "bash", "ps1", "psm1", "bat", "cmd",
        "md", "txt", "rst", "adoc", "html", "htm", "css", "pdf",
        "json", "yml", "yaml", "toml", "xml", "ini", "cfg", "conf", "csv", "lock", "log", "props", "targets", "csproj", "sln", "slnx",
        "tar", "gz", "tgz", "zip", "7z", "bz2", "xz", "zst", "rar", "jar", "nupkg", "dll", "exe", "so", "dylib", "bin",
        "png", "jpg", "jpeg", "gif", "svg", "ico", "webp",
        "dockerignore", "orig", "bak", "rej", "swp", "tmp", "old",
    };

    public static bool IsDockerfileName(string fileName)
    {
        if (string.Equals(fileName, "Dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var lastDot = fileName.LastIndexOf('.');
        if (lastDot < 0)
        {
            return false;
        }

        // *.Dockerfile: the extension says it.
        if (string.Equals(fileName.Substring(lastDot + 1), "Dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return lastDot > 0;
        }

        // Dockerfile.<variant> (Dockerfile.dev, Dockerfile.windows, Dockerfile.arm64): not when the last part is another kind of file.
        return fileName.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
               && fileName.Length > "Dockerfile.".Length
               && !OtherFileExtensions.Contains(fileName.Substring(lastDot + 1));
    }
}
