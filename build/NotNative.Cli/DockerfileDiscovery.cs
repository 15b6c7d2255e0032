using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Cli;

/// <summary>Expands the paths given on the command line: files as they are, folders to every Dockerfile- and compose-named file below.</summary>
internal static class DockerfileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "bin", "obj", "node_modules", ".vs", ".idea",
    };

    /// <summary>
    /// Expands the paths, printing each one that does not exist; false when any did not, or when nothing was
    /// found and <paramref name="allowEmpty"/> is false (a mistyped CI path must not pass as "no findings").
    /// </summary>
    public static bool TryExpand(IReadOnlyList<string> paths, bool allowEmpty, TextWriter stderr, out List<string> files)
    {
        var errors = new List<string>();
        files = Expand(paths, errors);
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        if (errors.Count == 0 && files.Count == 0 && !allowEmpty)
        {
            var searched = paths.Count == 0 ? "." : string.Join(", ", paths);
            stderr.WriteLine($"notnative: no Dockerfile found in {searched} (searched for Dockerfile, Dockerfile.* and *.Dockerfile, and compose files, " +
                             $"skipping {string.Join(", ", SkippedFolders.Order(StringComparer.Ordinal))}); pass --allow-empty if that is expected.");
            return false;
        }

        return errors.Count == 0;
    }

    public static List<string> Expand(IReadOnlyList<string> paths, List<string> errors)
    {
        var files = new List<string>();
        foreach (var path in paths.Count == 0 ? new[] { "." } : paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                Walk(path, files);
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return files;
    }

    private static void Walk(string folder, List<string> files)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).OrderBy(e => e, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (Directory.Exists(entry))
            {
                if (!SkippedFolders.Contains(name) && (File.GetAttributes(entry) & FileAttributes.ReparsePoint) == 0)
                {
                    Walk(entry, files);
                }
            }
            else if (DockerfileNames.IsDockerfileName(name) || ComposeNames.IsComposeFileName(name))
            {
                files.Add(entry);
            }
        }
    }

    /// <summary>Whether a path found or given is a compose file (by its name); every other file is a Dockerfile.</summary>
    public static bool IsComposeFile(string path) => ComposeNames.IsComposeFileName(Path.GetFileName(path));

    /// <summary>A path as printed: relative to the current folder when below it, with '/' separators.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
