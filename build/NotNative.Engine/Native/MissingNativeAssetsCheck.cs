using System.Text;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Engine.Files;

namespace NotNative.Engine.Native;

/// <summary>
/// NN3008: a native library the project's packages ship for some RIDs but for none the Linux container can load
/// (SkiaSharp without SkiaSharp.NativeAssets.Linux; a linux-x64 glibc build on Alpine; x64 only on arm64). Libraries
/// are matched across packages by name, so a companion package in the same assets file (libSkiaSharp.so of
/// SkiaSharp.NativeAssets.Linux) supplies what another lacks. Not reported, to stay quiet where the app may well work:
/// a library shipped for Windows only (a Windows component such as SqlClient's SNI or Cosmos DB's ServiceInterop,
/// which the package loads only on Windows), and a library whose package has another asset for the container's RID
/// (a native library of another name, or a RID-specific managed implementation: a managed fallback).
/// </summary>
public static class MissingNativeAssetsCheck
{
    public static IEnumerable<BuildFinding> Evaluate(ProjectAssets assets, ContainerRuntime container)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        var projectLines = new Lazy<string?>(() => ReadProjectFile(assets.ProjectPath));
        foreach (var target in assets.Targets)
        {
            // One finding per package (or set of packages) however many libraries it ships: onnxruntime and its providers.
            foreach (var libraries in UnusableLibraries(target, container).GroupBy(l => string.Join(";", l.Owners), StringComparer.OrdinalIgnoreCase))
            {
                if (said.Add(libraries.Key))
                {
                    yield return Report(libraries.ToList(), target, container, assets.ProjectPath, projectLines);
                }
            }
        }
    }

    private sealed class NativeLibrary
    {
        public NativeLibrary(string name) => Name = name;

        public string Name { get; }

        /// <summary>As the loader is asked for it, the Unix build's name when there is one: libSkiaSharp.</summary>
        public string FileName { get; set; } = string.Empty;

        public bool NamedFromUnix { get; set; }

        /// <summary>Whether some package ships a build of it that the container loads.</summary>
        public bool Usable { get; set; }

        public SortedSet<string> Owners { get; } = new(StringComparer.OrdinalIgnoreCase);
        public SortedSet<string> Rids { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<NativeLibrary> UnusableLibraries(AssetsTarget target, ContainerRuntime container)
    {
        var libraries = new Dictionary<string, NativeLibrary>(StringComparer.Ordinal);
        var packagesWithUsableAsset = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var package in target.Packages.Values)
        {
            foreach (var asset in package.RidAssets)
            {
                var fileArchitecture = asset.IsNative ? NativeLibraryName.ArchitectureOf(asset.Path) : null;
                var assetRid = asset.IsNative ? NativeLibraryName.RidOf(asset) : asset.Rid;
                if (container.CanUse(assetRid, fileArchitecture))
                {
                    packagesWithUsableAsset.Add(package.Id);
                }

                if (!asset.IsNative)
                {
                    continue;
                }

                var name = NativeLibraryName.Of(asset.Path);
                if (!libraries.TryGetValue(name, out var library))
                {
                    library = libraries[name] = new NativeLibrary(name);
                }

                if (library.FileName.Length == 0 || (!library.NamedFromUnix && IsUnixServerOrDesktop(asset.Rid)))
                {
                    library.FileName = NativeLibraryName.Display(asset.Path);
                    library.NamedFromUnix = IsUnixServerOrDesktop(asset.Rid);
                }

                library.Owners.Add(package.Id);
                var ridNamesArchitecture = Dockerfiles.Semantics.Architectures.Normalize(asset.Rid.Substring(asset.Rid.LastIndexOf('-') + 1)) != null;
                library.Rids.Add(fileArchitecture == null || ridNamesArchitecture ? asset.Rid : $"{asset.Rid} ({fileArchitecture})");
                library.Usable |= container.CanUse(assetRid, fileArchitecture);
            }
        }

        return libraries.Values.Where(library =>
            !library.Usable
            && !library.Owners.Any(owner => packagesWithUsableAsset.Contains(owner) || KnownNativePackages.HasManagedFallback(owner))
            && library.Rids.Any(IsUnixServerOrDesktop));
    }

    /// <summary>
    /// A library built for macOS or a Unix is meant to run beyond Windows; one built for Windows (or a phone) only is a
    /// Windows component the package loads only there, and reporting it would flag SqlClient and the Azure SDKs.
    /// </summary>
    private static bool IsUnixServerOrDesktop(string rid) =>
        rid.StartsWith("osx", StringComparison.OrdinalIgnoreCase) || rid.StartsWith("linux", StringComparison.OrdinalIgnoreCase)
        || rid.StartsWith("unix", StringComparison.OrdinalIgnoreCase) || rid.StartsWith("freebsd", StringComparison.OrdinalIgnoreCase);

    private static BuildFinding Report(IReadOnlyList<NativeLibrary> libraries, AssetsTarget target, ContainerRuntime container, string? projectPath, Lazy<string?> projectText)
    {
        var library = libraries[0];
        var rids = new SortedSet<string>(libraries.SelectMany(l => l.Rids), StringComparer.OrdinalIgnoreCase);
        var names = string.Join(", ", libraries.Select(l => "'" + l.FileName + "'"));
        var chain = ChainTo(library.Owners, target);
        var direct = chain[0];
        var (line, column) = target.Packages.TryGetValue(direct, out var directPackage) && directPackage.Type == "project"
            ? (0, 0)
            : PackageReferenceLine(projectText.Value, direct);
        var brings = chain.Count == 1
            ? $"The package {direct} ships"
            : $"{(line > 0 ? "The package " + direct : "The project's dependency " + direct)} brings, through {string.Join(" -> ", chain)}{(library.Owners.Count > 1 ? " (and " + string.Join(", ", library.Owners.Where(o => !o.Equals(chain[chain.Count - 1], StringComparison.OrdinalIgnoreCase))) + ")" : string.Empty)},";
        var message = new StringBuilder()
            .Append(CultureInvariant($"{brings} the native {(libraries.Count == 1 ? "library" : "libraries")} {names} for {string.Join(", ", rids)} only; "))
            .Append(CultureInvariant($"the container's runtime identifier is {container.Rid} ({container.Reason}), which can load none of them, so the app fails there with "))
            .Append(CultureInvariant($"\"DllNotFoundException: Unable to load shared library '{library.FileName}'\" when it first uses the package. "))
            .Append(Fix(library, rids, container))
            .ToString();
        return new BuildFinding(RuleIds.NativeAssetsMissingForContainer, RuleSeverity.Warning, projectPath, line, column, 0, 0, message);
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Fix(NativeLibrary library, IReadOnlyCollection<string> rids, ContainerRuntime container)
    {
        if (KnownNativePackages.CompanionFor(library.Name, container) is { } companion)
        {
            return $"Add a PackageReference to {companion.Packages}: it ships '{library.FileName}' for Linux.";
        }

        var architectures = rids.Where(r => r.StartsWith("linux-", StringComparison.OrdinalIgnoreCase)).ToList();
        if (container.IsMusl && rids.Any(r => r.Equals("linux-" + container.Architecture, StringComparison.OrdinalIgnoreCase)))
        {
            return $"Its linux-{container.Architecture} build is linked against glibc, which Alpine (musl) does not have: use a Debian or Ubuntu based image " +
                   "(mcr.microsoft.com/dotnet/aspnet:8.0 rather than 8.0-alpine), or a version of the package that ships " + container.Rid + ".";
        }

        if (architectures.Count > 0)
        {
            return $"Build the image for an architecture the package ships ({string.Join(", ", architectures)}), e.g. docker build --platform, " +
                   $"or use a version of the package that ships {container.Rid}.";
        }

        return $"Use a version of the package (or another package) that ships a Linux build of the library for {container.Rid}, or install the library into the image.";
    }

    /// <summary>The shortest chain from a direct dependency to one of <paramref name="owners"/>: [SkiaSharp, SkiaSharp.NativeAssets.macOS].</summary>
    private static IReadOnlyList<string> ChainTo(IReadOnlyCollection<string> owners, AssetsTarget target)
    {
        var cameFrom = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>();
        foreach (var direct in target.DirectDependencies)
        {
            if (cameFrom.TryAdd(direct, null))
            {
                queue.Enqueue(direct);
            }
        }

        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (owners.Contains(current, StringComparer.OrdinalIgnoreCase))
            {
                var chain = new List<string>();
                for (string? step = current; step != null; step = cameFrom[step])
                {
                    chain.Add(target.Packages.TryGetValue(step, out var package) ? package.Id : step);
                }

                chain.Reverse();
                return chain;
            }

            if (target.Packages.TryGetValue(current, out var node))
            {
                foreach (var dependency in node.Dependencies)
                {
                    if (cameFrom.TryAdd(dependency, current))
                    {
                        queue.Enqueue(dependency);
                    }
                }
            }
        }

        return new[] { owners.First() };
    }

    private static string? ReadProjectFile(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var read = UserFileReader.Read(path!, UserFileReader.MaxConfigFileBytes);
        return read.Succeeded ? new UTF8Encoding(false).GetString(read.Bytes!).TrimStart('\uFEFF') : null;
    }

    /// <summary>The 1-based line and column of <c>&lt;PackageReference Include="ID"</c> in the project file; (0, 0) when it is not there.</summary>
    internal static (int Line, int Column) PackageReferenceLine(string? text, string id)
    {
        if (text == null)
        {
            return (0, 0);
        }

        const string element = "<PackageReference";
        var index = text.IndexOf(element, StringComparison.Ordinal);
        while (index >= 0)
        {
            var end = text.IndexOf('>', index);
            if (end < 0)
            {
                break;
            }

            if (IncludeNames(text, index + element.Length, end, id))
            {
                var line = 1;
                var lineStart = 0;
                for (var i = 0; i < index; i++)
                {
                    if (text[i] == '\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                return (line, index - lineStart + 1);
            }

            index = text.IndexOf(element, end, StringComparison.Ordinal);
        }

        return (0, 0);
    }

    /// <summary>Whether the tag's Include attribute (between <paramref name="start"/> and <paramref name="end"/>) lists <paramref name="id"/>.</summary>
    private static bool IncludeNames(string text, int start, int end, string id)
    {
        var attribute = text.IndexOf("Include", start, end - start, StringComparison.Ordinal);
        while (attribute >= 0)
        {
            var i = attribute + "Include".Length;
            var isName = char.IsWhiteSpace(text[attribute - 1]);
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (isName && i < end && text[i] == '=')
            {
                i++;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i < end && (text[i] == '"' || text[i] == '\''))
                {
                    var close = text.IndexOf(text[i], i + 1);
                    if (close > i && close < end)
                    {
                        return text.Substring(i + 1, close - i - 1).Split(';').Any(name => string.Equals(name.Trim(), id, StringComparison.OrdinalIgnoreCase));
                    }
                }

                return false;
            }

            attribute = text.IndexOf("Include", attribute + 1, end - attribute - 1, StringComparison.Ordinal);
        }

        return false;
    }
}
