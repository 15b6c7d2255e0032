using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Cli.Commands;

/// <summary>
/// `notnative fix [PATH ...]`: applies the mechanical fixes. Writes only files that change, atomically
/// (a temporary file renamed over the original), in the file's own encoding, BOM and line endings.
/// With --dry-run it only says what it would change.
/// </summary>
internal static class FixCommand
{
    /// <summary>A fix that could not be written (docs/rules/NN9004.md).</summary>
    public const string FixWriteFailed = "NN9004";

    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (!CheckCommand.TryReadOptions(args, stderr, out var options))
        {
            return ExitCodes.Usage;
        }

        if (!DockerfileDiscovery.TryExpand(args.Paths, args.Switch("--allow-empty"), stderr, out var files))
        {
            return ExitCodes.Usage;
        }

        var failed = false;
        foreach (var file in files)
        {
            try
            {
                FixFile(file, options, args.Switch("--dry-run"), stdout);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{DockerfileDiscovery.Display(file)}: error {FixWriteFailed}: cannot write the fix: {e.Message}. The file was left as it was.");
                failed = true;
            }
        }

        return failed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static void FixFile(string file, DockerfileAnalysisOptions options, bool dryRun, TextWriter stdout)
    {
        var original = File.ReadAllBytes(file);
        var decoded = DockerfileText.Decode(original);
        var result = DockerfileLinter.Lint(decoded.Text, options);
        var edits = new List<(TextEdit Edit, string Title)>();
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Fix == null)
            {
                continue;
            }

            foreach (var edit in diagnostic.Fix.Edits)
            {
                edits.Add((edit, $"{diagnostic.Id}: {diagnostic.Fix.Title}"));
            }
        }

        var newText = TextEdits.Apply(decoded.Text, edits.Select(e => e.Edit).ToList(), out var applied);
        if (applied == 0 || newText == decoded.Text)
        {
            return;
        }

        var display = DockerfileDiscovery.Display(file);
        foreach (var title in edits.Select(e => e.Title).Distinct())
        {
            stdout.WriteLine($"{display}: {(dryRun ? "would apply" : "applied")} {title}");
        }

        if (dryRun)
        {
            return;
        }

        AtomicFile.Replace(file, original, decoded.Encode(newText));
    }
}

/// <summary>Applies non-overlapping edits; an edit that overlaps an earlier one is left out.</summary>
internal static class TextEdits
{
    public static string Apply(string text, IReadOnlyList<TextEdit> edits, out int applied)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        applied = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                continue;
            }

            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
            applied++;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}

/// <summary>Writes a file all at once or not at all, and not over a change made since it was read.</summary>
internal static class AtomicFile
{
    public static void Replace(string path, byte[] expectedCurrent, byte[] contents)
    {
        var full = Path.GetFullPath(path);
        if ((File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
        {
            throw new UnauthorizedAccessException("the file is read-only");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".notnative-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            File.WriteAllBytes(temporary, contents);
            if (!File.ReadAllBytes(full).AsSpan().SequenceEqual(expectedCurrent))
            {
                throw new IOException("the file changed while it was being fixed");
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
