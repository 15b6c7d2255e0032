using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Files;
using NotNative.Engine.Engine;

namespace NotNative.Engine.Context;

/// <summary>
/// Checks what COPY and ADD take from the build context: shell scripts with CRLF line endings copied into the Linux
/// stage whose container runs them (NN3005) and sources that exist only when letter case is ignored, for Linux
/// stages (NN3006). Sources are resolved as BuildKit resolves them: cleaned inside the context root ('..' stops at
/// the root), wildcards in any segment, and links never followed, so nothing outside the context is ever read or
/// listed. Only regular files are opened (a FIFO would block), and only what a check needs. Never writes.
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

    /// <summary>The context files the checks read: inputs of the incremental target. All inside the context.</summary>
    public List<string> FilesRead { get; } = new();

    /// <summary>
    /// The context folders COPY and ADD take whole: a script added under one later is copied too, so a build lists
    /// their files among the incremental target's inputs. All inside the context.
    /// </summary>
    public List<string> FoldersCopied { get; } = new();

    public IEnumerable<BuildFinding> Check()
    {
        if (_ignore.ReadProblem != null)
        {
            yield return new BuildFinding(RuleIds.UnparseableDockerfile, RuleSeverity.Warning, _dockerfilePath, 1, 1, 1, 1,
                $"The .dockerignore {_ignore.ReadProblem}, so its patterns were not applied: the context checks may report files docker build would not send (docs/rules/NN9001.md).");
        }


        var crlfScripts = new List<(Stage Stage, Instruction Instruction, Token Source, string Script)>();
        foreach (var stage in _lint.Model.Stages)
        {
            var linux = stage.MustRunAsLinux(_targetOs);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name is not (InstructionNames.Copy or InstructionNames.Add) || instruction.GetFlag(InstructionFlags.From) != null || instruction.Heredocs.Count > 0 || instruction.Arguments.Count < 2)
                {
                    continue;
                }

                for (var i = 0; i < instruction.Arguments.Count - 1; i++)
                {
                    var source = instruction.Arguments[i];
                    if (CheckSource(instruction, source, linux, out var scripts) is { } caseMismatch)
                    {
                        yield return caseMismatch;
                    }

                    crlfScripts.AddRange(scripts.Select(script => (stage, instruction, source, script)));
                }
            }
        }

        // Each script once, on the first COPY into a stage whose container runs it.
        foreach (var group in crlfScripts.GroupBy(s => s.Script, StringComparer.Ordinal))
        {
            var name = group.Key[(group.Key.LastIndexOf('/') + 1)..];
            var (_, instruction, source, script) = group.FirstOrDefault(s => Runs(s.Stage, name));
            if (instruction != null)
            {
                yield return At(instruction, source, RuleIds.CrlfScriptInLinuxImage, RuleSeverity.Error,
                    $"The shell script '{script}' has CRLF (Windows) line endings and is copied into a Linux stage that runs it. " +
                    "Git on Windows checks files out with CRLF; in the container the kernel reads '#!/bin/sh\\r' and fails with 'exec /" + name + ": no such file or directory' or '/bin/sh^M: bad interpreter'. " +
                    "Convert it to LF and add '*.sh text eol=lf' to .gitattributes ('notnative fix' does both; add '--context DIR' when the build context is not the Dockerfile's folder).") with
                {
                    CrlfScript = Path.Combine(_contextRoot, script),
                };
            }
        }
    }

    /// <summary>
    /// Whether a stage's container runs a script named <paramref name="name"/>: the final stage and the stages it is
    /// built FROM, a stage that RUNs it by name, or a stage a running stage copies it from by name.
    /// </summary>
    private bool Runs(Stage stage, string name)
    {
        var model = _lint.Model;
        var running = new HashSet<Stage>();
        for (var s = model.FinalStage; s != null && running.Add(s); s = s.Parent)
        {
        }

        foreach (var s in model.Stages)
        {
            if (s.Instructions.Any(i => i.Name == InstructionNames.Run && Mentions(i.RawArguments.Value, name)))
            {
                for (var t = s; t != null && running.Add(t); t = t.Parent)
                {
                }
            }
        }

        if (running.Contains(stage))
        {
            return true;
        }

        return running.Any(s => s.Instructions.Any(i => i.Name is InstructionNames.Copy or InstructionNames.Add
            && i.GetFlag(InstructionFlags.From)?.Value is { } from
            && model.FindStage(from, s.Index) == stage
            && i.Arguments.Take(i.Arguments.Count - 1).Any(a => Mentions(a.Value, name))));
    }

    private static bool Mentions(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var afterIndex = at + name.Length;
            var after = afterIndex >= text.Length ? ' ' : text[afterIndex];
            if (!char.IsLetterOrDigit(before) && before is not ('_' or '-' or '.') && !char.IsLetterOrDigit(after) && after is not ('_' or '-' or '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>NN3006 for this source if any; the context-relative CRLF scripts it copies in <paramref name="crlfScripts"/>.</summary>
    private BuildFinding? CheckSource(Instruction instruction, Token source, bool linuxStage, out List<string> crlfScripts)
    {
        crlfScripts = new List<string>();
        var value = source.Value;
        if (value.Contains('$') || value.Contains("://", StringComparison.Ordinal) || value.StartsWith("git@", StringComparison.Ordinal))
        {
            return null;
        }

        // BuildKit: the source is a path inside the context root; '..' cannot climb above it.
        var relative = DockerIgnore.Clean("/" + value.Replace('\\', '/')).TrimStart('/');
        var files = new List<string>();
        var found = Resolve(relative, files);
        if (!found && relative.IndexOfAny(new[] { '*', '?', '[' }) < 0)
        {
            if (linuxStage && FindIgnoringCase(_contextRoot, relative) is { } actual && actual != relative && !_ignore.IsIgnored(actual))
            {
                return At(instruction, source, RuleIds.CopySourceCaseMismatch, RuleSeverity.Error,
                    $"{instruction.Keyword.ToUpperInvariant()} source '{value}' is not in the build context; '{actual}' is, with other letter case. " +
                    "Windows and macOS file systems (and Docker Desktop's file sharing) ignore case, so it builds there; on Linux hosts and CI the build fails with 'not found'. " +
                    $"Write '{actual}', or rename the file ('notnative fix' writes it).") with
                {
                    Fix = RealNameFix(source, value, relative, actual),
                };
            }

            return null;
        }

        if (!linuxStage)
        {
            return null;
        }

        foreach (var file in files)
        {
            var scriptRelative = Path.GetRelativePath(_contextRoot, file).Replace('\\', '/');
            if (!_ignore.IsIgnored(scriptRelative) && IsShellScript(file, out var hasCrlf) && hasCrlf)
            {
                crlfScripts.Add(scriptRelative);
            }
        }

        return null;
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

    /// <summary>
    /// The regular files a cleaned, context-relative source names (a file, a folder's files, or wildcard matches in any
    /// segment), walking down from the context root without following links. False when nothing matches.
    /// </summary>
    private bool Resolve(string relative, List<string> files)
    {
        var current = new List<string> { _contextRoot };
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = new List<string>();
            var wildcard = segment.IndexOfAny(new[] { '*', '?', '[' }) >= 0;
            foreach (var folder in current)
            {
                if (!IsRealDirectory(folder))
                {
                    continue;
                }

                if (wildcard)
                {
                    next.AddRange(Entries(folder).Where(e => DockerIgnore.GlobMatches(segment, Path.GetFileName(e))));
                }
                else if (Path.Combine(folder, segment) is var child && (File.Exists(child) || Directory.Exists(child) || IsLink(child)))
                {
                    next.Add(child);
                }
            }

            current = next.Where(p => !IsLink(p)).ToList();
            if (current.Count == 0)
            {
                // Only links: they exist, and are not followed (BuildKit resolves them inside the root; reading them is not worth leaving it).
                return next.Count > 0;
            }
        }

        foreach (var path in current)
        {
            if (IsRealDirectory(path))
            {
                FoldersCopied.Add(path);
            }

            Collect(path, files);
        }

        return true;
    }

    private static IEnumerable<string> Entries(string folder)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = 0 }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget != null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static bool IsRealDirectory(string path) => Directory.Exists(path) && !IsLink(path);

    private BuildFinding At(Instruction instruction, Token token, string id, RuleSeverity severity, string message)
    {
        var start = _lint.Syntax.GetPosition(token.Span.Start);
        var end = _lint.Syntax.GetPosition(token.Span.End);
        return new BuildFinding(id, severity, _dockerfilePath, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, message);
    }

    /// <summary>Regular files at or below <paramref name="path"/>; links and special files are skipped, not followed.</summary>
    private static void Collect(string path, List<string> files)
    {
        var pending = new Stack<string>();
        pending.Push(path);
        while (pending.Count > 0 && files.Count < MaxFilesPerSource)
        {
            var current = pending.Pop();
            if (IsLink(current))
            {
                continue;
            }

            if (IsRealDirectory(current))
            {
                foreach (var entry in Entries(current))
                {
                    pending.Push(entry);
                }
            }
            else if (UserFileReader.KindOf(current) == UserFileKind.Regular)
            {
                files.Add(current);
            }
        }
    }

    /// <summary>
    /// The path below <paramref name="root"/> that matches <paramref name="relative"/> ignoring case, one component at
    /// a time, as the folder lists it (links not followed): NN3006 and the compose paths' NN4005.
    /// </summary>
    internal static string? FindIgnoringCase(string root, string relative)
    {
        var current = root;
        var actual = new List<string>();
        foreach (var component in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IsRealDirectory(current))
            {
                return null;
            }

            // The exact name first: a case-sensitive folder may hold both spellings.
            var names = Entries(current).Select(Path.GetFileName).ToList();
            var match = names.FirstOrDefault(name => string.Equals(name, component, StringComparison.Ordinal))
                        ?? names.FirstOrDefault(name => string.Equals(name, component, StringComparison.OrdinalIgnoreCase));
            if (match == null)
            {
                return null;
            }

            actual.Add(match!);
            current = Path.Combine(current, match!);
        }

        return actual.Count == 0 ? null : string.Join('/', actual);
    }

    /// <summary>A shell script by name (.sh) or by shebang; <paramref name="hasCrlf"/> when a line ends with CRLF. Regular files only.</summary>
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
