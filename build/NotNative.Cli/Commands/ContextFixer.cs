using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine;
using NotNative.Engine.Files;

namespace NotNative.Cli.Commands;

/// <summary>
/// What `notnative fix` does to one Dockerfile and its build context. Every read and write goes through
/// <see cref="UserFileReader"/> and <see cref="UserFileWriter"/>; "applied" is printed only once the file is written.
/// </summary>
internal sealed class ContextFixer
{
    private const string ShellScriptPattern = "*.sh";

    /// <summary>Each pass fixes what the one before uncovered; a handful covers every rule's chain.</summary>
    private const int MaxPasses = 4;

    private readonly bool _dryRun;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    /// <summary>CRLF scripts to convert, with the folder whose repository gets the .gitattributes line.</summary>
    private readonly Dictionary<string, string> _scripts = new(StringComparer.Ordinal);

    public ContextFixer(bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        _dryRun = dryRun;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>Fixes the Dockerfile and notes its CRLF scripts; false when something could not be read or written.</summary>
    public bool FixDockerfile(string file, DockerfileAnalysisOptions options, string? context)
    {
        var display = DockerfileDiscovery.Display(file);
        var read = UserFileReader.Read(file);
        if (!read.Succeeded)
        {
            _stderr.WriteLine($"{display}: error {RuleIds.UnparseableDockerfile}: {UserFileReader.DockerfileNotRead(read.Problem!)}");
            return false;
        }

        var original = read.Bytes!;
        var contextRoot = context ?? Path.GetDirectoryName(Path.GetFullPath(file))!;
        return FixInPasses(file, display, original, (current, pass) =>
        {
            var checkedFile = BuildCheck.CheckContents(file, current, options.ForFile(Path.GetFileName(file)), contextRoot);
            var fixes = checkedFile.DockerfileRuleFindings().Where(f => f.Fix != null).Select(f => (f.Id, f.Fix!)).ToList();
            foreach (var finding in checkedFile.ContextFindings())
            {
                if (finding.Fix != null)
                {
                    fixes.Add((finding.Id, finding.Fix));
                }

                if (finding.CrlfScript != null)
                {
                    _scripts.TryAdd(finding.CrlfScript, contextRoot);
                }

                if (finding.Id == RuleIds.UnparseableDockerfile && pass == 0)
                {
                    _stderr.WriteLine($"{display}: warning {finding.Id}: {finding.Message}");
                }
            }

            return (checkedFile.Text, fixes);
        });
    }

    /// <summary>Fixes a compose file (NN4001 relative paths, NN4002 extra_hosts entries); false when it could not be read or written.</summary>
    public bool FixComposeFile(string file, NotNative.Dockerfiles.Compose.ComposeAnalysisOptions options)
    {
        var display = DockerfileDiscovery.Display(file);
        var read = UserFileReader.Read(file);
        if (!read.Succeeded)
        {
            _stderr.WriteLine($"{display}: error {RuleIds.UnparseableDockerfile}: The compose file {read.Problem}.");
            return false;
        }

        return FixInPasses(file, display, read.Bytes!, (current, _) =>
        {
            var checkedFile = BuildCheck.CheckComposeContents(file, current, options);
            return (checkedFile.Text, checkedFile.RuleFindings().Where(f => f.Fix != null).Select(f => (f.Id, f.Fix!)).ToList());
        });
    }

    /// <summary>
    /// A fix can uncover findings that its root cause hid (a Windows base image hides the stage's Windows paths):
    /// fix until nothing fixable is left, in memory, and write once. <paramref name="check"/> gives the decoded text
    /// and the fixes of the current bytes, for each pass.
    /// </summary>
    private bool FixInPasses(string file, string display, byte[] original, Func<byte[], int, (DockerfileText Text, List<(string Id, DockerfileFix Fix)> Fixes)> check)
    {
        var current = original;
        var titles = new List<string>();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var (decoded, fixes) = check(current, pass);
            var edits = new List<TextEdit>();
            var position = 0;
            foreach (var (id, fix) in fixes.OrderBy(f => f.Fix.Edits.Min(e => e.Span.Start)))
            {
                // Fixes whose edits overlap an earlier one wait for the next pass.
                if (fix.Edits.Any(e => e.Span.Start < position || e.Span.End > decoded.Text.Length))
                {
                    continue;
                }

                edits.AddRange(fix.Edits);
                position = fix.Edits.Max(e => e.Span.End);
                titles.Add($"{id}: {fix.Title}");
            }

            if (edits.Count == 0)
            {
                break;
            }

            var contents = ByteEdits.Apply(current, decoded, edits, out var problem);
            if (contents == null)
            {
                return Failed(display, problem!);
            }

            if (contents.AsSpan().SequenceEqual(current))
            {
                break;
            }

            current = contents;
        }

        if (current.AsSpan().SequenceEqual(original))
        {
            return true;
        }

        return Write(file, display, original, current, titles.Distinct().ToList());
    }

    /// <summary>Converts the noted scripts to LF and adds the .gitattributes lines their repositories lack.</summary>
    public bool FixScripts()
    {
        var succeeded = true;
        var repositories = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (script, contextRoot) in _scripts.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var display = DockerfileDiscovery.Display(script);
            if (!UserFileReader.IsInside(script, contextRoot))
            {
                // docker build copies a link, not what it points to; the fix writes nothing outside the context.
                succeeded = Failed(display, "the script resolves (through a symbolic link) to a file outside the build context") && succeeded;
                continue;
            }

            var read = UserFileReader.Read(script);
            if (!read.Succeeded)
            {
                succeeded = Failed(display, "the script " + read.Problem) && succeeded;
                continue;
            }

            var converted = CrlfToLf(read.Bytes!);
            if (converted.Length != read.Bytes!.Length)
            {
                succeeded = Write(script, display, read.Bytes!, converted, new[] { $"{RuleIds.CrlfScriptInLinuxImage}: convert CRLF line endings to LF" }) && succeeded;
            }

            var root = RepositoryRoot(contextRoot);
            if (!repositories.TryGetValue(root, out var patterns))
            {
                repositories[root] = patterns = new SortedSet<string>(StringComparer.Ordinal);
            }

            // '*.sh' covers the scripts named so; a script found by its shebang alone gets its own anchored path.
            var relative = Path.GetRelativePath(root, Path.GetFullPath(script)).Replace('\\', '/');
            if (script.EndsWith(".sh", StringComparison.OrdinalIgnoreCase))
            {
                patterns.Add(ShellScriptPattern);
            }
            else if (!relative.Any(char.IsWhiteSpace) && !relative.StartsWith("..", StringComparison.Ordinal))
            {
                patterns.Add("/" + relative);
            }
        }

        foreach (var (root, patterns) in repositories)
        {
            succeeded = AddGitAttributesLines(Path.Combine(root, ".gitattributes"), patterns) && succeeded;
        }

        return succeeded;
    }

    private bool AddGitAttributesLines(string path, IEnumerable<string> patterns)
    {
        var display = DockerfileDiscovery.Display(path);
        var exists = File.Exists(path) || new FileInfo(path).LinkTarget != null;
        byte[] original = Array.Empty<byte>();
        if (exists)
        {
            var read = UserFileReader.Read(path);
            if (!read.Succeeded)
            {
                return Failed(display, "the file " + read.Problem);
            }

            original = read.Bytes!;
        }

        var text = System.Text.Encoding.UTF8.GetString(original);
        var lines = patterns.Where(p => !GivesLfEndings(text, p)).Select(p => p + " text eol=lf").ToList();
        if (lines.Count == 0)
        {
            return true;
        }

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var separator = text.Length == 0 || text.EndsWith('\n') ? string.Empty : newline;
        var contents = original.Concat(System.Text.Encoding.UTF8.GetBytes(separator + string.Concat(lines.Select(l => l + newline)))).ToArray();
        var titles = lines.Select(l => $"{RuleIds.CrlfScriptInLinuxImage}: add '{l}'{(exists ? string.Empty : " (new file)")}").ToList();
        if (exists)
        {
            return Write(path, display, original, contents, titles);
        }

        if (!_dryRun)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(contents);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Failed(display, e.Message);
            }
        }

        return Write(path, display, original, contents, titles, written: true);
    }

    /// <summary>
    /// Whether a line of <paramref name="gitAttributes"/> already gives <paramref name="pattern"/>'s files LF endings:
    /// the same pattern, or one that covers it ('*', '**', '*.sh' for scripts), with 'eol=lf'.
    /// </summary>
    internal static bool GivesLfEndings(string gitAttributes, string pattern) =>
        gitAttributes.Split('\n').Select(l => l.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Any(parts => parts.Length > 1 && parts.Skip(1).Contains("eol=lf")
                && (parts[0] == pattern || parts[0] == pattern.TrimStart('/') || parts[0] is "*" or "**" or "**/*"
                    || (pattern == ShellScriptPattern && parts[0] == "**/*.sh")));

    /// <summary>The folder with .git above the build context (a work tree's root), else the context itself.</summary>
    private static string RepositoryRoot(string contextRoot)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(contextRoot)); folder != null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return Path.GetFullPath(contextRoot);
    }

    /// <summary>CR LF pairs become LF; every other byte (a lone CR included) is kept.</summary>
    private static byte[] CrlfToLf(byte[] bytes)
    {
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
            {
                continue;
            }

            output.Add(bytes[i]);
        }

        return output.ToArray();
    }

    private bool Write(string file, string display, byte[] original, byte[] contents, IReadOnlyList<string> titles, bool written = false)
    {
        string? note = null;
        if (!_dryRun && !written)
        {
            try
            {
                note = UserFileWriter.Replace(file, original, contents);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Failed(display, e.Message);
            }
        }

        foreach (var title in titles)
        {
            _stdout.WriteLine($"{display}: {(_dryRun ? "would apply" : "applied")} {title}{(note == null ? string.Empty : $" ({note})")}");
        }

        return true;
    }

    private bool Failed(string display, string reason)
    {
        var rule = RuleCatalogue.FixWriteFailed;
        _stderr.WriteLine($"{display}: {rule.DefaultSeverity.ToString().ToLowerInvariant()} {rule.Id}: cannot write the fix: {reason.TrimEnd('.')}. The file was left as it was.");
        return false;
    }
}
