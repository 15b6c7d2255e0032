using System.Text.Json;
using NotNative.Engine.Files;

namespace NotNative.Engine.Native;

/// <summary>
/// What NN3008 needs of a project's NuGet assets file (obj/project.assets.json): per target framework, each package's
/// dependencies and its RID-specific assets (<c>runtimeTargets</c>), and the project's direct dependencies. Read once,
/// in one linear pass of <see cref="JsonDocument"/>, through <see cref="UserFileReader"/> with a cap.
/// </summary>
public sealed class ProjectAssets
{
    /// <summary>Real assets files are kilobytes to a few tens of MiB (a solution-sized app with Aspire and Azure SDKs).</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    private ProjectAssets(string? projectPath, IReadOnlyList<AssetsTarget> targets)
    {
        ProjectPath = projectPath;
        Targets = targets;
    }

    /// <summary>The project file restore wrote the assets for (<c>project.restore.projectPath</c>).</summary>
    public string? ProjectPath { get; }

    /// <summary>The RID-less targets (one per target framework): their <c>runtimeTargets</c> list every RID's assets.</summary>
    public IReadOnlyList<AssetsTarget> Targets { get; }

    /// <summary>Reads and parses the file; null with the problem (completing "The assets file PATH ...") when it cannot.</summary>
    public static ProjectAssets? Read(string path, out string? problem)
    {
        var read = UserFileReader.Read(path, MaxBytes);
        if (!read.Succeeded)
        {
            problem = read.Problem;
            return null;
        }

        return Parse(read.Bytes!, out problem);
    }

    public static ProjectAssets? Parse(byte[] utf8, out string? problem)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            problem = null;
            return FromDocument(document.RootElement);
        }
        catch (JsonException e)
        {
            problem = "is not valid JSON (" + e.Message.TrimEnd('.') + ")";
            return null;
        }
    }

    private static ProjectAssets FromDocument(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ProjectAssets(null, Array.Empty<AssetsTarget>());
        }

        var project = Property(root, "project");
        var projectPath = String(Property(Property(project, "restore"), "projectPath"));
        var frameworks = Property(project, "frameworks");
        var targets = new List<AssetsTarget>();
        foreach (var target in Properties(Property(root, "targets")))
        {
            // "net8.0/linux-x64" lists only the assets NuGet picked for that RID; the RID-less target lists them all.
            if (target.Name.IndexOf('/') >= 0)
            {
                continue;
            }

            var packages = new Dictionary<string, AssetsPackage>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in Properties(target.Value))
            {
                var slash = entry.Name.IndexOf('/');
                var id = slash < 0 ? entry.Name : entry.Name.Substring(0, slash);
                var version = slash < 0 ? string.Empty : entry.Name.Substring(slash + 1);
                var dependencies = Properties(Property(entry.Value, "dependencies")).Select(d => d.Name).ToList();
                var ridAssets = new List<RidAsset>();
                foreach (var asset in Properties(Property(entry.Value, "runtimeTargets")))
                {
                    if (String(Property(asset.Value, "rid")) is { Length: > 0 } rid && String(Property(asset.Value, "assetType")) is { Length: > 0 } assetType)
                    {
                        ridAssets.Add(new RidAsset(asset.Name, rid, assetType));
                    }
                }

                packages[id] = new AssetsPackage(id, version, String(Property(entry.Value, "type")) ?? string.Empty, dependencies, ridAssets);
            }

            targets.Add(new AssetsTarget(target.Name, packages, DirectDependencies(frameworks, target.Name, packages)));
        }

        return new ProjectAssets(projectPath, targets);
    }

    /// <summary>
    /// The project's own dependencies in this target: its PackageReferences (<c>project.frameworks</c>, matched by
    /// framework or alias) and its ProjectReferences (the target's entries of type project).
    /// </summary>
    private static IReadOnlyList<string> DirectDependencies(JsonElement frameworks, string targetName, IReadOnlyDictionary<string, AssetsPackage> packages)
    {
        var direct = new List<string>();
        foreach (var framework in Properties(frameworks))
        {
            var alias = String(Property(framework.Value, "targetAlias"));
            var name = String(Property(framework.Value, "framework"));
            if (string.Equals(framework.Name, targetName, StringComparison.OrdinalIgnoreCase) || string.Equals(alias, targetName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, targetName, StringComparison.OrdinalIgnoreCase))
            {
                direct.AddRange(Properties(Property(framework.Value, "dependencies")).Select(d => d.Name));
            }
        }

        direct.AddRange(packages.Values.Where(p => p.Type == "project").Select(p => p.Id));
        return direct.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static IEnumerable<JsonProperty> Properties(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject() : Enumerable.Empty<JsonProperty>();

    private static string? String(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString() : null;
}

/// <summary>One target framework's packages and the project's direct dependencies in it.</summary>
public sealed record AssetsTarget(string Framework, IReadOnlyDictionary<string, AssetsPackage> Packages, IReadOnlyList<string> DirectDependencies);

/// <summary>A package (or project) of a target: its dependencies' IDs and its RID-specific assets.</summary>
public sealed record AssetsPackage(string Id, string Version, string Type, IReadOnlyList<string> Dependencies, IReadOnlyList<RidAsset> RidAssets);

/// <summary>A <c>runtimeTargets</c> entry: <c>runtimes/linux-x64/native/libSkiaSharp.so</c>, RID linux-x64, asset type native.</summary>
public sealed record RidAsset(string Path, string Rid, string AssetType)
{
    public bool IsNative => string.Equals(AssetType, "native", StringComparison.OrdinalIgnoreCase);
}
