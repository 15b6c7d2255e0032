using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Context;
using NotNative.Engine.Files;

namespace NotNative.Engine;

/// <summary>
/// A compose file decoded and linted with the disk behind it: env files and build Dockerfiles are read (through
/// <see cref="UserFileReader"/>, relative to the compose file's folder) and the paths it names are compared with the
/// files' letter case (NN4005). <see cref="BuildCheck.CheckComposeContents"/> makes one.
/// </summary>
public sealed class CheckedComposeFile
{
    internal CheckedComposeFile(string path, DockerfileText text, ComposeLintResult lint, List<string> filesRead)
    {
        Path = path;
        Text = text;
        Lint = lint;
        FilesRead = filesRead;
    }

    public string Path { get; }

    /// <summary>The decoded text; the rules' spans and fixes are positions in it.</summary>
    public DockerfileText Text { get; }

    public ComposeLintResult Lint { get; }

    /// <summary>The env files and Dockerfiles the rules read.</summary>
    public List<string> FilesRead { get; }

    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>The compose rules' findings (each with its fix), then the path checks'.</summary>
    public IEnumerable<BuildFinding> Findings() => RuleFindings().Concat(PathCaseFindings());

    public IEnumerable<BuildFinding> RuleFindings() => Lint.Diagnostics.Select(d => At(d.Id, d.Severity, d.Span, d.Message) with { Fix = d.Fix });

    /// <summary>
    /// NN4005: build.context, build.dockerfile, env_file and bind-mount sources that name a file or folder beside the
    /// compose file with other letter case. The comparison is NN3006's (<see cref="BuildContextChecker.FindIgnoringCase"/>).
    /// </summary>
    public IEnumerable<BuildFinding> PathCaseFindings()
    {
        foreach (var reference in ComposePaths.Of(Lint.File))
        {
            // A build's Dockerfile is relative to the context, as it is on disk (its own case is NN4005 on the context).
            var (fromRoot, from) = Split(Folder, reference.From);
            var baseFolder = from.Length == 0 ? fromRoot : System.IO.Path.Combine(fromRoot, BuildContextChecker.FindIgnoringCase(fromRoot, from) ?? from);
            var (root, relative) = Split(baseFolder, reference.Path);
            if (relative.Length == 0 || BuildContextChecker.FindIgnoringCase(root, relative) is not { } actual || actual == relative)
            {
                continue;
            }

            var written = reference.Path;
            var onDisk = written.Substring(0, written.Length - relative.Length) + actual;
            var what = reference.Key switch
            {
                "build.context" => "build context",
                "build.dockerfile" => "Dockerfile",
                "env_file" => "env file",
                _ => "bind-mount source",
            };
            yield return At(RuleIds.ComposePathCaseMismatch, RuleCatalogue.ComposePathCaseMismatch.DefaultSeverity, reference.Span,
                $"The {what} '{written}' of service '{reference.Service}' is '{onDisk}' on disk, with other letter case. Windows and macOS file systems " +
                "(and Docker Desktop's file sharing) ignore case, so it works there; on Linux hosts and in CI compose fails with 'not found' " +
                (reference.Key == "volumes" ? "or mounts a new empty folder" : "or 'unable to prepare context'") + $". Write '{onDisk}'.");
        }
    }

    /// <summary>The folder a relative path starts from once its leading '..' are resolved, and the rest, '/'-separated and cleaned.</summary>
    private static (string Root, string Relative) Split(string folder, string path)
    {
        var root = folder;
        var rest = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == ".." && rest.Count == 0)
            {
                root = System.IO.Path.GetDirectoryName(root) ?? root;
                continue;
            }

            if (part == "..")
            {
                // '..' after a name: the path's own case no longer maps to one entry; leave it.
                return (root, string.Empty);
            }

            rest.Add(part);
        }

        return (root, string.Join('/', rest));
    }

    private BuildFinding At(string id, RuleSeverity severity, TextSpan span, string message)
    {
        var start = Lint.File.Lines.GetPosition(span.Start);
        var end = Lint.File.Lines.GetPosition(span.End);
        return new BuildFinding(id, severity, Path, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, message);
    }
}
