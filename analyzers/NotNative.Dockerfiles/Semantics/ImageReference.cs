using System;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>An image reference split as the docker CLI does: registry, repository, tag, digest.</summary>
public sealed class ImageReference
{
    private ImageReference(string original, string registry, string repository, string? tag, string? digest, bool versionUnresolved)
    {
        Original = original;
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
        VersionUnresolved = versionUnresolved;
    }

    public string Original { get; }

    /// <summary><c>docker.io</c> when none is named.</summary>
    public string Registry { get; }

    /// <summary>The path, with <c>library/</c> dropped for Docker Hub's official images.</summary>
    public string Repository { get; }

    /// <summary>The tag; null when none is written or when <see cref="VersionUnresolved"/>.</summary>
    public string? Tag { get; }
    public string? Digest { get; }

    /// <summary>
    /// The tag or digest comes from a variable with no known value (<c>servercore:${SERVERCORE_VERSION}</c>):
    /// only the registry and repository are known, so only they may decide the OS.
    /// </summary>
    public bool VersionUnresolved { get; }

    /// <summary>Registry and repository as users write them: <c>mcr.microsoft.com/dotnet/aspnet</c>, <c>golang</c>.</summary>
    public string Name => Registry == "docker.io" ? Repository : Registry + "/" + Repository;

    public static ImageReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text!.Trim();
        if (value.IndexOf(' ') >= 0)
        {
            return null;
        }

        var versionUnresolved = false;
        var dollar = value.IndexOf('$');
        if (dollar >= 0)
        {
            // Keep the reference only when the variable stands in the tag or digest: the name before it is whole.
            var known = value.Substring(0, dollar);
            var separator = known.IndexOf('@');
            if (separator < 0 && known.LastIndexOf(':') > known.LastIndexOf('/'))
            {
                separator = known.LastIndexOf(':');
            }

            if (separator <= 0)
            {
                return null;
            }

            value = known.Substring(0, separator);
            versionUnresolved = true;
        }

        string? digest = null;
        var at = value.IndexOf('@');
        if (at >= 0)
        {
            digest = value.Substring(at + 1);
            value = value.Substring(0, at);
        }

        string? tag = null;
        var lastSlash = value.LastIndexOf('/');
        var colon = value.LastIndexOf(':');
        if (colon > lastSlash)
        {
            tag = value.Substring(colon + 1);
            value = value.Substring(0, colon);
        }

        var registry = "docker.io";
        var firstSlash = value.IndexOf('/');
        if (firstSlash > 0)
        {
            var first = value.Substring(0, firstSlash);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost")
            {
                registry = first.ToLowerInvariant();
                value = value.Substring(firstSlash + 1);
            }
        }

        if (registry == "index.docker.io")
        {
            registry = "docker.io";
        }

        var repository = value.ToLowerInvariant();
        if (registry == "docker.io" && repository.StartsWith("library/", StringComparison.Ordinal))
        {
            repository = repository.Substring("library/".Length);
        }

        return repository.Length == 0 ? null : new ImageReference(text, registry, repository, tag, digest, versionUnresolved);
    }

    public override string ToString() => Original;
}
