using System.Text.Encodings.Web;
using System.Text.Json;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Cli.Output;

/// <summary>
/// Writes findings in text, JSON or SARIF as they come, so the report costs the same memory for ten findings or
/// a million: each finding goes to the writer (stdout or the --output file) before the next is made.
/// </summary>
internal abstract class FindingReport
{
    public static FindingReport Start(string format, TextWriter writer, IReadOnlyList<RuleDescriptor> rules) => format switch
    {
        "json" => new JsonReport(writer),
        "sarif" => new SarifReport(writer, rules),
        _ => new TextReport(writer),
    };

    public abstract void Add(Finding finding);

    /// <summary>Closes the document (the JSON array, the SARIF run) and flushes it.</summary>
    public abstract void Complete();

    /// <summary>The whole report as one string (tests, small outputs).</summary>
    public static string Write(string format, IEnumerable<Finding> findings, IReadOnlyList<RuleDescriptor> rules)
    {
        var writer = new StringWriter();
        var report = Start(format, writer, rules);
        foreach (var finding in findings)
        {
            report.Add(finding);
        }

        report.Complete();
        return writer.ToString();
    }

    /// <summary>MSBuild's canonical form: <c>path(line,col): warning NN2001: message</c>.</summary>
    private sealed class TextReport(TextWriter writer) : FindingReport
    {
        public override void Add(Finding f) =>
            writer.Write($"{f.File}({f.Line},{f.Column}): {f.SeverityName} {f.Id}: {f.Message}\n");

        public override void Complete() => writer.Flush();
    }

    /// <summary>A JSON document written through <see cref="Utf8JsonWriter"/> and flushed after each finding.</summary>
    private abstract class JsonDocumentReport : FindingReport
    {
        private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly TextWriter _text;

        protected JsonDocumentReport(TextWriter text)
        {
            _text = text;
            Json = new Utf8JsonWriter(new TextWriterStream(text), Indented);
        }

        protected Utf8JsonWriter Json { get; }

        public sealed override void Add(Finding finding)
        {
            WriteFinding(finding);
            Json.Flush();
        }

        public sealed override void Complete()
        {
            WriteEnd();
            Json.Flush();
            _text.Write('\n');
            _text.Flush();
        }

        protected abstract void WriteFinding(Finding finding);

        protected abstract void WriteEnd();

        /// <summary>SARIF's message and description objects: <c>{"text": ...}</c>.</summary>
        protected void WriteTextObject(string name, string text)
        {
            Json.WriteStartObject(name);
            Json.WriteString("text", text);
            Json.WriteEndObject();
        }
    }

    /// <summary>An array of <c>{id, severity, file, line, column, endLine, endColumn, message}</c>.</summary>
    private sealed class JsonReport : JsonDocumentReport
    {
        public JsonReport(TextWriter text)
            : base(text) => Json.WriteStartArray();

        protected override void WriteFinding(Finding f)
        {
            Json.WriteStartObject();
            Json.WriteString("id", f.Id);
            Json.WriteString("severity", f.SeverityName);
            Json.WriteString("file", f.File);
            Json.WriteNumber("line", f.Line);
            Json.WriteNumber("column", f.Column);
            Json.WriteNumber("endLine", f.EndLine);
            Json.WriteNumber("endColumn", f.EndColumn);
            Json.WriteString("message", f.Message);
            Json.WriteEndObject();
        }

        protected override void WriteEnd() => Json.WriteEndArray();
    }

    /// <summary>SARIF 2.1.0 as GitHub code scanning accepts it: rules in the driver, relative artifact URIs.</summary>
    private sealed class SarifReport : JsonDocumentReport
    {
        private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);

        public SarifReport(TextWriter text, IReadOnlyList<RuleDescriptor> rules)
            : base(text)
        {
            Json.WriteStartObject();
            Json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            Json.WriteString("version", "2.1.0");
            Json.WriteStartArray("runs");
            Json.WriteStartObject();
            Json.WriteStartObject("tool");
            Json.WriteStartObject("driver");
            Json.WriteString("name", "NotNative");
            Json.WriteString("informationUri", RuleCatalogue.RepositoryUrl);
            Json.WriteString("semanticVersion", typeof(FindingReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            Json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                _ruleIndex[rule.Id] = _ruleIndex.Count;
                Json.WriteStartObject();
                Json.WriteString("id", rule.Id);
                WriteTextObject("shortDescription", rule.Title);
                WriteTextObject("fullDescription", rule.Description);
                Json.WriteString("helpUri", rule.HelpLink);
                Json.WriteStartObject("defaultConfiguration");
                Json.WriteString("level", Level(rule.DefaultSeverity));
                Json.WriteEndObject();
                Json.WriteEndObject();
            }

            Json.WriteEndArray();
            Json.WriteEndObject();
            Json.WriteEndObject();
            Json.WriteStartArray("results");
        }

        protected override void WriteFinding(Finding f)
        {
            Json.WriteStartObject();
            Json.WriteString("ruleId", f.Id);
            if (_ruleIndex.TryGetValue(f.Id, out var ruleIndex))
            {
                Json.WriteNumber("ruleIndex", ruleIndex);
            }

            Json.WriteString("level", Level(f.Severity));
            WriteTextObject("message", f.Message);
            Json.WriteStartArray("locations");
            Json.WriteStartObject();
            Json.WriteStartObject("physicalLocation");
            Json.WriteStartObject("artifactLocation");
            Json.WriteString("uri", f.File.Replace('\\', '/'));
            Json.WriteEndObject();
            Json.WriteStartObject("region");
            Json.WriteNumber("startLine", f.Line);
            Json.WriteNumber("startColumn", f.Column);
            Json.WriteNumber("endLine", f.EndLine);
            Json.WriteNumber("endColumn", f.EndColumn);
            Json.WriteEndObject();
            Json.WriteEndObject();
            Json.WriteEndObject();
            Json.WriteEndArray();
            Json.WriteEndObject();
        }

        protected override void WriteEnd()
        {
            Json.WriteEndArray();
            Json.WriteEndObject();
            Json.WriteEndArray();
            Json.WriteEndObject();
        }
    }

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };
}
