namespace NotNative.EndToEnd.Tests;

/// <summary>Packs the real NotNative.nupkg once per test run, with a unique version, into a local folder feed.</summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "notnative-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var project = Path.Combine(NotNative.Tests.RepositoryPaths.Root, "build", "NotNative.Package");
        var result = Dotnet.Run(Root, "pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}", "--nologo");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result.Output);
        }

        PackagePath = Path.Combine(Feed, $"NotNative.{Version}.nupkg");
    }

    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }

    /// <summary>
    /// A throwaway executable project that references this package, isolated from the repository's own build files:
    /// a Dockerfile when <paramref name="dockerfile"/> is given, and <paramref name="files"/> written last (they may replace Program.cs).
    /// <paramref name="packages"/> (ID, version) are referenced too, one PackageReference a line after NotNative's, and
    /// restored from the user's package sources as well as the local feed.
    /// <paramref name="targetFrameworks"/> makes it a multi-targeted project (TargetFrameworks) instead of net10.0 alone.
    /// </summary>
    public string CreateProject(string name, string? dockerfile, string extraProperties = "", Dictionary<string, string>? files = null, IReadOnlyList<(string Id, string Version)>? packages = null, string? targetFrameworks = null)
    {
        var frameworks = targetFrameworks == null ? "<TargetFramework>net10.0</TargetFramework>" : $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>";
        // Older target frameworks need their targeting and apphost packs, which the repository's own net8.0 projects
        // already restored into the machine's package folder: read them from there, offline.
        var fallback = targetFrameworks == null ? string.Empty
            : $"<fallbackPackageFolders><add key=\"machine\" value=\"{MachinePackagesFolder()}\" /></fallbackPackageFolders>";
        var folder = Path.Combine(Root, "projects", name);
        Directory.CreateDirectory(folder);
        var clear = packages == null ? "<clear />" : string.Empty;
        var references = string.Concat((packages ?? Array.Empty<(string, string)>()).Select(p => $"\n    <PackageReference Include=\"{p.Item1}\" Version=\"{p.Item2}\" />"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" /></config>
              <packageSources>{clear}<add key="local" value="{Feed}" /></packageSources>
              {fallback}
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                {frameworks}
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NotNative" Version="{Version}" PrivateAssets="all" />{references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"hi\");\n");
        if (dockerfile != null)
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), dockerfile);
        }
        foreach (var (path, content) in files ?? new())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), content);
        }

        return folder;
    }
    public string PackagePath { get; }

    private static string MachinePackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}

internal static class Dotnet
{
    // A build inside a test must not reuse the outer build's nodes or servers.
    private static readonly Dictionary<string, string> Isolated = new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false",
    };

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args) =>
        ExternalProcess.Run("dotnet", workingDirectory, args, Isolated);
}
