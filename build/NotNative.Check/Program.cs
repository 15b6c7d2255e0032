using System.Text;
using System.Text.Json;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Engine;

namespace NotNative.Check;

/// <summary>
/// notnative-check --format json --output FILE @SETTINGS: runs one project's build check (<see cref="ProjectCheck"/>)
/// with the NotNativeCheck task's parameters, read one 'Name=Value' a line from SETTINGS (no quoting to go wrong), and
/// writes its findings and incremental inputs to FILE as JSON. Exit code 0 when the report is written, whatever it
/// holds; 2 for a usage error. Started by the tool task under .NET Framework MSBuild; not a user command.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string? output = null;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] == "json":
                    i++;
                    break;
                case "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case var file when file.StartsWith('@') && File.Exists(file[1..]):
                    foreach (var line in File.ReadAllLines(file[1..], Encoding.UTF8))
                    {
                        if (line.IndexOf('=') is var equals and > 0)
                        {
                            settings[line[..equals]] = line[(equals + 1)..];
                        }
                    }

                    break;
                default:
                    Console.Error.WriteLine($"notnative-check: unexpected argument '{args[i]}'. Usage: notnative-check --format json --output FILE @SETTINGS");
                    return 2;
            }
        }

        if (output == null)
        {
            Console.Error.WriteLine("notnative-check: --output FILE is required.");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var findings = new List<BuildFinding>();
        var check = new ProjectCheck(name => settings.TryGetValue(name, out var value) && value.Length > 0 ? value : null);
        check.Run(findings.Add, cancel.Token);
        File.WriteAllBytes(output, Report(findings, check));
        return 0;
    }

    private static byte[] Report(List<BuildFinding> findings, ProjectCheck check)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.Id);
                json.WriteString("severity", finding.Severity switch
                {
                    RuleSeverity.Error => "error",
                    RuleSeverity.Warning => "warning",
                    _ => "message",
                });
                json.WriteBoolean("routine", ProjectCheck.IsRoutine(finding));
                json.WriteString("file", finding.File);
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteNumber("endLine", finding.EndLine);
                json.WriteNumber("endColumn", finding.EndColumn);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "filesRead", check.FilesRead);
            WriteStrings(json, "foldersCopied", check.FoldersCopied);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
