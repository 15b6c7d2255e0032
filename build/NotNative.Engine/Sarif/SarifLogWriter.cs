using System.Text.Encodings.Web;
using System.Text.Json;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Engine.Sarif;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning takes it, written as findings come (a result goes out before the next is
/// made): every rule with its friendly name and help (its docs page), and result URIs relative to
/// <c>%SRCROOT%</c>, the folder given as the source root. The CLI and the build task both write through it.
/// </summary>
public sealed class SarifLogWriter
{
    public const string SourceRootId = "%SRCROOT%";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Utf8JsonWriter _json;
    private readonly string _sourceRoot;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);

    /// <summary>Writes the log's header and rules; <paramref name="sourceRoot"/> is the folder result paths are relative to.</summary>
    public SarifLogWriter(Stream output, IEnumerable<RuleDescriptor> rules, string sourceRoot)
    {
        _json = new Utf8JsonWriter(output, Indented);
        _sourceRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot));
        _json.WriteStartObject();
        _json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _json.WriteString("version", "2.1.0");
        _json.WriteStartArray("runs");
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteStartObject("driver");
        _json.WriteString("name", "NotNative");
        _json.WriteString("informationUri", RuleCatalogue.RepositoryUrl);
        _json.WriteString("semanticVersion", typeof(SarifLogWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        _json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            if (_ruleIndex.TryAdd(rule.Id, _ruleIndex.Count))
            {
                WriteRule(rule);
            }
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteStartObject("originalUriBaseIds");
        _json.WriteStartObject(SourceRootId);
        var rootUri = FileUri(_sourceRoot);
        _json.WriteString("uri", rootUri.EndsWith('/') ? rootUri : rootUri + "/");
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteStartArray("results");
        _json.Flush();
    }

    /// <summary>One result; <see cref="BuildFinding.File"/> is absolute or relative to the working folder.</summary>
    public void Add(BuildFinding finding, string fallbackFile)
    {
        _json.WriteStartObject();
        _json.WriteString("ruleId", finding.Id);
        if (_ruleIndex.TryGetValue(finding.Id, out var ruleIndex))
        {
            _json.WriteNumber("ruleIndex", ruleIndex);
        }

        _json.WriteString("level", Level(finding.Severity));
        WriteTextObject("message", finding.Message);
        _json.WriteStartArray("locations");
        _json.WriteStartObject();
        _json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(finding.File ?? fallbackFile);
        var line = Math.Max(1, finding.Line);
        var column = Math.Max(1, finding.Column);
        _json.WriteStartObject("region");
        _json.WriteNumber("startLine", line);
        _json.WriteNumber("startColumn", column);
        _json.WriteNumber("endLine", Math.Max(line, finding.EndLine));
        _json.WriteNumber("endColumn", Math.Max(column, finding.EndColumn));
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>Closes the results, the run and the log, and flushes them.</summary>
    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>The whole log as one string (tests, small outputs).</summary>
    public static string Write(IEnumerable<BuildFinding> findings, IEnumerable<RuleDescriptor> rules, string sourceRoot)
    {
        using var stream = new MemoryStream();
        var writer = new SarifLogWriter(stream, rules, sourceRoot);
        foreach (var finding in findings)
        {
            writer.Add(finding, sourceRoot);
        }

        writer.Complete();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private void WriteRule(RuleDescriptor rule)
    {
        _json.WriteStartObject();
        _json.WriteString("id", rule.Id);
        _json.WriteString("name", RuleHelp.Name(rule.Id));
        WriteTextObject("shortDescription", rule.Title);
        WriteTextObject("fullDescription", rule.Description);
        _json.WriteString("helpUri", rule.HelpLink);
        var markdown = RuleHelp.Markdown(rule.Id);
        _json.WriteStartObject("help");
        _json.WriteString("text", markdown == null ? $"{rule.Title}. {rule.Description} See {rule.HelpLink}" : RuleHelp.Text(markdown));
        if (markdown != null)
        {
            _json.WriteString("markdown", markdown);
        }

        _json.WriteEndObject();
        _json.WriteStartObject("defaultConfiguration");
        _json.WriteString("level", Level(rule.DefaultSeverity));
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    /// <summary>Relative to %SRCROOT% when the file is under it, else an absolute file URI.</summary>
    private void WriteArtifactLocation(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(_sourceRoot, full);
        _json.WriteStartObject("artifactLocation");
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            _json.WriteString("uri", FileUri(full));
        }
        else
        {
            _json.WriteString("uri", EscapeSegments(relative));
            _json.WriteString("uriBaseId", SourceRootId);
        }

        _json.WriteEndObject();
    }

    /// <summary>file:///a/b or file:///C:/a/b, each segment escaped ('#', '%' and spaces are legal in file names).</summary>
    private static string FileUri(string fullPath)
    {
        var trimmed = fullPath.TrimStart('/', '\\');
        // A Windows drive letter keeps its colon: file:///C:/src.
        return trimmed.Length >= 2 && trimmed[1] == ':'
            ? "file:///" + trimmed[..2] + "/" + EscapeSegments(trimmed[2..].TrimStart('/', '\\'))
            : "file:///" + EscapeSegments(trimmed);
    }

    private static string EscapeSegments(string path) =>
        string.Join('/', path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));

    private void WriteTextObject(string name, string text)
    {
        _json.WriteStartObject(name);
        _json.WriteString("text", text);
        _json.WriteEndObject();
    }

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };
}
