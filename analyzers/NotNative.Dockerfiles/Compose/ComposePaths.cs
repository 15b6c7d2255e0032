using System.Collections.Generic;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>A path a compose file names relative to its own folder, with where it is written.</summary>
public sealed class ComposePath
{
    public ComposePath(string service, string key, string path, TextSpan span, string from = ".")
    {
        Service = service;
        Key = key;
        Path = path;
        Span = span;
        From = from;
    }

    public string Service { get; }

    /// <summary>Where it is named: build.context, build.dockerfile, env_file, volumes.</summary>
    public string Key { get; }

    /// <summary>As written ('./' and all), relative to <see cref="From"/>.</summary>
    public string Path { get; }

    /// <summary>The folder <see cref="Path"/> is relative to, relative to the compose file's: "." or, for build.dockerfile, the build context.</summary>
    public string From { get; }

    public TextSpan Span { get; }
}

/// <summary>
/// The local paths of a compose file's services: build.context, build.dockerfile (relative to the context),
/// env_file and bind-mount sources. Only relative paths without variables: an absolute or ${VAR} path says nothing
/// about the files beside the compose file.
/// </summary>
public static class ComposePaths
{
    public static IEnumerable<ComposePath> Of(ComposeFile file, ComposeWorkBudget? budget = null)
    {
        budget ??= new ComposeWorkBudget();
        foreach (var service in file.Services)
        {
            if (!budget.Visit())
            {
                yield break;
            }

            var build = service.Node.Get("build");
            var context = build is YamlScalar shortBuild ? shortBuild : (build as YamlMapping)?.Get("context") as YamlScalar;
            string? contextPath = ".";
            if (context is { IsNull: false } && IsLocal(context.Value))
            {
                contextPath = context.Value;
                yield return new ComposePath(service.Name, "build.context", context.Value, ValueSpan(context, context.Value.Length));
            }
            else if (context is { IsNull: false })
            {
                // A URL or ${VAR} context: its Dockerfile is not beside the compose file.
                contextPath = null;
            }

            if (contextPath != null && (build as YamlMapping)?.Get("dockerfile") is YamlScalar { IsNull: false } dockerfile && IsLocal(dockerfile.Value))
            {
                yield return new ComposePath(service.Name, "build.dockerfile", dockerfile.Value, ValueSpan(dockerfile, dockerfile.Value.Length), contextPath);
            }

            var envFiles = service.Node.Get("env_file");
            foreach (var item in envFiles is YamlSequence list ? list.Items : envFiles != null ? new[] { envFiles } : new YamlNode[0])
            {
                if (budget.Visit() && (item as YamlScalar ?? (item as YamlMapping)?.Get("path") as YamlScalar) is { IsNull: false } envFile && IsLocal(envFile.Value))
                {
                    yield return new ComposePath(service.Name, "env_file", envFile.Value, ValueSpan(envFile, envFile.Value.Length));
                }
            }

            if (service.Node.Get("volumes") is YamlSequence volumes)
            {
                foreach (var volume in volumes.Items)
                {
                    if (budget.Visit() && BindSource(volume) is { } source)
                    {
                        yield return new ComposePath(service.Name, "volumes", source.Path, source.Span);
                    }
                }
            }
        }
    }

    /// <summary>A bind mount's relative host path: './data:/data', '../x:/x', or the long syntax's source.</summary>
    private static ComposePath? BindSource(YamlNode volume)
    {
        if (volume is YamlScalar scalar)
        {
            var value = scalar.Value;
            var colon = value.IndexOf(':');
            if (colon <= 0 || !(value.StartsWith("./", System.StringComparison.Ordinal) || value.StartsWith("../", System.StringComparison.Ordinal)))
            {
                // A named volume, an absolute path, or no container path.
                return null;
            }

            var host = value.Substring(0, colon);
            return IsLocal(host) ? new ComposePath(string.Empty, "volumes", host, ValueSpan(scalar, host.Length)) : null;
        }

        if (volume is YamlMapping mapping && mapping.GetString("type") == "bind" && mapping.Get("source") is YamlScalar { IsNull: false } source && IsLocal(source.Value))
        {
            return new ComposePath(string.Empty, "volumes", source.Value, ValueSpan(source, source.Value.Length));
        }

        return null;
    }

    /// <summary>A relative local path: no variable, no URL, not absolute (POSIX, Windows, ~).</summary>
    private static bool IsLocal(string path) =>
        path.Length > 0 && path.IndexOf('$') < 0 && path.IndexOf("://", System.StringComparison.Ordinal) < 0 && path[0] != '/' && path[0] != '~'
        && !WindowsPaths.IsAbsolute(path) && !path.StartsWith("git@", System.StringComparison.Ordinal);

    private static TextSpan ValueSpan(YamlScalar scalar, int length) => ComposeRuleContext.SpanOf(scalar, 0, length);
}
