using System;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// NN4001: a bind mount whose host path is a Windows path (<c>C:\data:/data</c>, <c>C:/data:/data</c>,
/// <c>\\server\share:/data</c>, or <c>source:</c> of the long syntax) in a compose file for Linux containers. It mounts
/// on the one PC that has the folder; on a Linux host or in CI compose fails (docker/compose#4257). Fix: the path
/// relative to the compose file, when it lies in the compose file's folder.
/// </summary>
public sealed class WindowsBindMountPathRule : ComposeRule
{
    public override RuleDescriptor Descriptor => RuleCatalogue.WindowsBindMountPath;

    public override void Analyze(ComposeRuleContext context)
    {
        if (context.TargetOs != ContainerOs.Linux)
        {
            // Windows containers run on the Windows host whose paths these are.
            return;
        }

        foreach (var service in context.File.Services)
        {
            if (service.Node.Get("volumes") is not YamlSequence volumes)
            {
                continue;
            }

            foreach (var volume in volumes.Items)
            {
                if (!context.Budget.Visit())
                {
                    return;
                }

                switch (volume)
                {
                    case YamlScalar shortSyntax:
                        AnalyzeShortSyntax(context, shortSyntax);
                        break;
                    case YamlMapping longSyntax:
                        AnalyzeLongSyntax(context, longSyntax);
                        break;
                }
            }
        }
    }

    private void AnalyzeShortSyntax(ComposeRuleContext context, YamlScalar volume)
    {
        // HOST:CONTAINER[:MODE]; the drive's colon is part of the host path.
        var value = volume.Value;
        if (!WindowsPaths.IsAbsolute(value))
        {
            return;
        }

        var colon = value.IndexOf(':', WindowsPaths.HasDriveLetter(value) ? 2 : 0);
        if (colon <= 0)
        {
            // No container path: an anonymous volume, not a bind mount.
            return;
        }

        Report(context, volume, value.Substring(0, colon));
    }

    private void AnalyzeLongSyntax(ComposeRuleContext context, YamlMapping volume)
    {
        var type = volume.GetString("type");
        if ((type != null && type != "bind") || volume.Get("source") is not YamlScalar source || !WindowsPaths.IsAbsolute(source.Value))
        {
            return;
        }

        Report(context, source, source.Value);
    }

    private void Report(ComposeRuleContext context, YamlScalar scalar, string hostPath)
    {
        var span = ComposeRuleContext.SpanOf(scalar, 0, hostPath.Length);
        var relative = scalar.IsRawText ? RelativeToComposeFolder(hostPath, context.Options.ComposeDirectory) : null;
        var instead = relative != null
            ? $"Write '{relative}', relative to the compose file, which every host resolves from the file's own folder."
            : "Use a path relative to the compose file (./data), a ${VARIABLE} each host sets, or a named volume.";
        var message = $"'{hostPath}' is a Windows host path in a bind mount: it exists on one Windows PC. On a Linux host, in CI and on a Mac, " +
                      $"compose fails with 'invalid volume specification' or mounts a new empty folder named after it (docker/compose#4257). {instead}";
        var fix = relative == null ? null : new DockerfileFix($"Use the relative path '{relative}'", new[] { new TextEdit(span, relative) });
        context.Report(Descriptor, span, message, fix);
    }

    /// <summary>'./sub/dir' for a host path in the compose file's folder (Windows paths ignore case), else null.</summary>
    internal static string? RelativeToComposeFolder(string hostPath, string? composeDirectory)
    {
        if (string.IsNullOrEmpty(composeDirectory) || !WindowsPaths.IsAbsolute(composeDirectory!))
        {
            return null;
        }

        var folder = Normalize(composeDirectory!).TrimEnd('/');
        var path = Normalize(hostPath).TrimEnd('/');
        if (string.Equals(path, folder, StringComparison.OrdinalIgnoreCase))
        {
            return ".";
        }

        if (!path.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = path.Substring(folder.Length + 1);

        // A relative path with a colon would read as HOST:CONTAINER; '..' would climb out, a path the fix cannot promise.
        return rest.IndexOf(':') >= 0 || rest.Split('/') is var parts && Array.IndexOf(parts, "..") >= 0 ? null : "./" + rest;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
