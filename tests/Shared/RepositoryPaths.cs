namespace NotNative.Tests;

/// <summary>Where the repository is. A clone alone must run its tests: nothing here points outside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>BuildKit's parser test cases, copied into the repository with their licence.</summary>
    public static string BuildKitConformance => Path.Combine(Root, "tests", "NotNative.Dockerfiles.Tests", "Conformance", "buildkit");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
