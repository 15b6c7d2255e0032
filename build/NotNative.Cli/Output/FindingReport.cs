using System.Text.Encodings.Web;
using System.Text.Json;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Engine;
using NotNative.Engine.Sarif;

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

    /// <summary>SARIF through the writer the build task shares; paths are relative to the working folder (%SRCROOT%).</summary>
    private sealed class SarifReport(TextWriter text, IReadOnlyList<RuleDescriptor> rules) : FindingReport
    {
        private readonly SarifLogWriter _sarif = new(new TextWriterStream(text), rules, Directory.GetCurrentDirectory());

        public override void Add(Finding f) =>
            _sarif.Add(new BuildFinding(f.Id, f.Severity, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message), f.File);

        public override void Complete()
        {
            _sarif.Complete();
            text.Write('\n');
            text.Flush();
        }
    }
}
