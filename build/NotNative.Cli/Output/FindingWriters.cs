using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Cli.Output;

internal static class FindingWriters
{
    public static string Write(string format, IReadOnlyList<Finding> findings, IReadOnlyList<RuleDescriptor> rules) => format switch
    {
        "json" => Json(findings),
        "sarif" => Sarif(findings, rules),
        _ => Text(findings),
    };

    /// <summary>MSBuild's canonical form: <c>path(line,col): warning NN2001: message</c>.</summary>
    public static string Text(IReadOnlyList<Finding> findings)
    {
        var builder = new StringBuilder();
        foreach (var f in findings)
        {
            builder.Append(f.File).Append('(').Append(f.Line).Append(',').Append(f.Column).Append("): ")
                .Append(f.SeverityName).Append(' ').Append(f.Id).Append(": ").Append(f.Message).Append('\n');
        }

        return builder.ToString();
    }

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on an indented UTF-8 JSON writer and returns the text.</summary>
    private static string WriteJsonDocument(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>SARIF's message and description objects: <c>{"text": ...}</c>.</summary>
    private static void WriteTextObject(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    public static string Json(IReadOnlyList<Finding> findings) => WriteJsonDocument(writer =>
    {
        writer.WriteStartArray();
        foreach (var f in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("id", f.Id);
            writer.WriteString("severity", f.SeverityName);
            writer.WriteString("file", f.File);
            writer.WriteNumber("line", f.Line);
            writer.WriteNumber("column", f.Column);
            writer.WriteNumber("endLine", f.EndLine);
            writer.WriteNumber("endColumn", f.EndColumn);
            writer.WriteString("message", f.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>SARIF 2.1.0 as GitHub code scanning accepts it: rules in the driver, relative artifact URIs.</summary>
    public static string Sarif(IReadOnlyList<Finding> findings, IReadOnlyList<RuleDescriptor> rules) => WriteJsonDocument(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "NotNative");
        writer.WriteString("informationUri", RuleCatalogue.RepositoryUrl);
        writer.WriteString("semanticVersion", typeof(FindingWriters).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        writer.WriteStartArray("rules");
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            index[rule.Id] = index.Count;
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            WriteTextObject(writer, "shortDescription", rule.Title);
            WriteTextObject(writer, "fullDescription", rule.Description);
            writer.WriteString("helpUri", rule.HelpLink);
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("results");
        foreach (var f in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", f.Id);
            if (index.TryGetValue(f.Id, out var ruleIndex))
            {
                writer.WriteNumber("ruleIndex", ruleIndex);
            }

            writer.WriteString("level", Level(f.Severity));
            WriteTextObject(writer, "message", f.Message);
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", f.File.Replace('\\', '/'));
            writer.WriteEndObject();
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", f.Line);
            writer.WriteNumber("startColumn", f.Column);
            writer.WriteNumber("endLine", f.EndLine);
            writer.WriteNumber("endColumn", f.EndColumn);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };
}
