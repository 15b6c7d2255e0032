using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Files;

namespace NotNative.Engine.Context;

/// <summary>
/// Checks what COPY and ADD take from the build context: shell scripts with CRLF line endings copied into
/// a Linux stage (NN3005) and sources that exist only when letter case is ignored (NN3006).
/// Reads only the context's files; never writes.
/// </summary>
public sealed class BuildContextChecker
{
    private const int MaxFilesPerSource = 10_000;
    private const int MaxScriptBytes = 4 * 1024 * 1024;

    private readonly string _dockerfilePath;
    private readonly string _contextRoot;
    private readonly DockerIgnore _ignore;
    private readonly DockerfileLintResult _lint;
    private readonly ContainerOs _targetOs;

    public BuildContextChecker(string dockerfilePath, string contextRoot, DockerfileLintResult lint, ContainerOs targetOs)
    {
        _dockerfilePath = dockerfilePath;
        _contextRoot = Path.GetFullPath(contextRoot);
        _lint = lint;
        _targetOs = targetOs;
        _ignore = DockerIgnore.ForBuild(_contextRoot, dockerfilePath);
    }

    /// <summary>The context files the checks read: inputs of the incremental target.</summary>
    public List<string> FilesRead { get; } = new();

    public IEnumerable<BuildFinding> Check()
    {
        if (_ignore.ReadProblem != null)
        {
            yield return new BuildFinding(RuleIds.UnparseableDockerfile, RuleSeverity.Warning, _dockerfilePath, 1, 1, 1, 1,
                $"The .dockerignore {_ignore.ReadProblem}, so its patterns were not applied: the context checks may report files docker build would not send (docs/rules/NN9001.md).");
        }

        foreach (var stage in _lint.Model.Stages)
        {
            var linux = stage.MustRunAsLinux(_targetOs);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name is not ("copy" or "add") || instruction.GetFlag("from") != null || instruction.Heredocs.Count > 0 || instruction.Arguments.Count < 2)
                {
                    continue;
                }

                for (var i = 0; i < instruction.Arguments.Count - 1; i++)
                {
                    foreach (var finding in CheckSource(instruction, instruction.Arguments[i], linux))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private IEnumerable<BuildFinding> CheckSource(Instruction instruction, Token source, bool linuxStage)
    {
        var value = source.Value;
        if (value.Contains('$') || value.Contains("://", StringComparison.Ordinal) || value.StartsWith("git@", StringComparison.Ordinal))
        {
            yield break;
        }

        var relative = value.Replace('\\', '/').TrimStart('/');
        while (relative.StartsWith("./", StringComparison.Ordinal))
        {
            relative = relative[2..];
        }

        if (relative is "" or ".")
        {
            relative = string.Empty;
        }

        var files = new List<string>();
        if (relative.IndexOfAny(new[] { '*', '?', '[' }) >= 0)
        {
            ExpandWildcard(relative, files);
        }
        else
        {
            var full = Path.GetFullPath(Path.Combine(_contextRoot, relative));
            if (!full.StartsWith(_contextRoot, StringComparison.Ordinal))
            {
                yield break; // outside the context: docker build reports that itself
            }

            if (File.Exists(full) || Directory.Exists(full))
            {
                Collect(full, files);
            }
            else if (FindIgnoringCase(relative) is { } actual && !_ignore.IsIgnored(actual))
            {
                yield return At(instruction, source, RuleIds.CopySourceCaseMismatch, RuleSeverity.Error,
                    $"{instruction.Keyword.ToUpperInvariant()} source '{value}' is not in the build context; '{actual}' is, with other letter case. " +
                    "Windows and macOS file systems (and Docker Desktop's file sharing) ignore case, so it builds there; on Linux hosts and CI the build fails with 'not found'. " +
                    $"Write '{actual}', or rename the file ('notnative fix' writes it).") with
                {
                    Fix = RealNameFix(source, value, relative, actual),
                };
                yield break;
            }
        }

        if (!linuxStage)
        {
            yield break;
        }

        foreach (var file in files)
        {
            var scriptRelative = Path.GetRelativePath(_contextRoot, file).Replace('\\', '/');
            if (_ignore.IsIgnored(scriptRelative) || !IsShellScript(file, out var hasCrlf))
            {
                continue;
            }

            if (hasCrlf)
            {
                yield return At(instruction, source, RuleIds.CrlfScriptInLinuxImage, RuleSeverity.Error,
                    $"The shell script '{scriptRelative}' has CRLF (Windows) line endings and is copied into a Linux stage. " +
                    "Git on Windows checks files out with CRLF; in the container the kernel reads '#!/bin/sh\\r' and fails with 'exec /" + Path.GetFileName(file) + ": no such file or directory' or '/bin/sh^M: bad interpreter'. " +
                    "Convert it to LF and add '*.sh text eol=lf' to .gitattributes ('notnative fix' does both; add '--context DIR' when the build context is not the Dockerfile's folder).") with
                {
                    CrlfScript = file,
                };
            }
        }
    }

    /// <summary>Writes the real name over the COPY source when the source is written plainly (no quotes or escapes).</summary>
    private DockerfileFix? RealNameFix(Token source, string value, string relative, string actual)
    {
        var text = _lint.Syntax.Text;
        if (source.Span.End > text.Length || text.Substring(source.Span.Start, source.Span.Length) != value)
        {
            return null;
        }

        return new DockerfileFix($"write the COPY source as '{actual}'", new[] { new TextEdit(source.Span, value[..^relative.Length] + actual) });
    }

    private BuildFinding At(Instruction instruction, Token token, string id, RuleSeverity severity, string message)
    {
        var start = _lint.Syntax.GetPosition(token.Span.Start);
        var end = _lint.Syntax.GetPosition(token.Span.End);
        return new BuildFinding(id, severity, _dockerfilePath, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, message);
    }

    private void Collect(string path, List<string> files)
    {
        if (File.Exists(path))
        {
            files.Add(path);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            files.Add(file);
            if (files.Count >= MaxFilesPerSource)
            {
                return;
            }
        }
    }

    /// <summary>Wildcards in the last path component (<c>scripts/*.sh</c>), as most Dockerfiles use them.</summary>
    private void ExpandWildcard(string relative, List<string> files)
    {
        var slash = relative.LastIndexOf('/');
        var folder = Path.Combine(_contextRoot, slash < 0 ? string.Empty : relative[..slash]);
        var pattern = slash < 0 ? relative : relative[(slash + 1)..];
        if (!Directory.Exists(folder) || pattern.IndexOfAny(new[] { '*', '?', '[' }) < 0 || (slash >= 0 && relative[..slash].IndexOfAny(new[] { '*', '?', '[' }) >= 0))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, pattern, new EnumerationOptions { MatchCasing = MatchCasing.CaseSensitive, IgnoreInaccessible = true }))
        {
            Collect(entry, files);
        }
    }

    /// <summary>The context path that matches <paramref name="relative"/> ignoring case, one component at a time.</summary>
    private string? FindIgnoringCase(string relative)
    {
        var current = _contextRoot;
        var actual = new List<string>();
        foreach (var component in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Directory.Exists(current))
            {
                return null;
            }

            var match = Directory.EnumerateFileSystemEntries(current)
                .Select(Path.GetFileName)
                .FirstOrDefault(name => string.Equals(name, component, StringComparison.OrdinalIgnoreCase));
            if (match == null)
            {
                return null;
            }

            actual.Add(match);
            current = Path.Combine(current, match);
        }

        return actual.Count == 0 ? null : string.Join('/', actual);
    }

    /// <summary>A shell script by name (.sh) or by shebang; <paramref name="hasCrlf"/> when a line ends with CRLF.</summary>
    private bool IsShellScript(string file, out bool hasCrlf)
    {
        hasCrlf = false;
        try
        {
            using var handle = UserFileReader.Open(file, out _);
            if (handle == null)
            {
                return false; // a FIFO, a device or an unreadable file: docker build reports it
            }

            using var stream = new FileStream(handle, FileAccess.Read);
            var buffer = new byte[(int)Math.Min(stream.Length, MaxScriptBytes)];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var isScript = file.EndsWith(".sh", StringComparison.OrdinalIgnoreCase) || (read >= 2 && buffer[0] == '#' && buffer[1] == '!');
            if (!isScript)
            {
                return false;
            }

            FilesRead.Add(file);
            hasCrlf = buffer.AsSpan(0, read).IndexOf("\r\n"u8) >= 0;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
