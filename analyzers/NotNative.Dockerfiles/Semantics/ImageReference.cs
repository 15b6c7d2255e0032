using System;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>An image reference split as the docker CLI does: registry, repository, tag, digest.</summary>
public sealed class ImageReference
{
    private ImageReference(string original, string registry, string repository, string? tag, string? digest)
    {
        Original = original;
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    public string Original { get; }

    /// <summary><c>docker.io</c> when none is named.</summary>
    public string Registry { get; }

    /// <summary>The path, with <c>library/</c> dropped for Docker Hub's official images.</summary>
    public string Repository { get; }

    public string? Tag { get; }
    public string? Digest { get; }

    /// <summary>Registry and repository as users write them: <c>mcr.microsoft.com/dotnet/aspnet</c>, <c>golang</c>.</summary>
    public string Name => Registry == "docker.io" ? Repository : Registry + "/" + Repository;

    public static ImageReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text!.Trim();
        if (value.IndexOf('$') >= 0 || value.IndexOf(' ') >= 0)
        {
            return null;
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

        return repository.Length == 0 ? null : new ImageReference(text, registry, repository, tag, digest);
    }

    public override string ToString() => Original;
}
