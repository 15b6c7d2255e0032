using System;
using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// NN4002: a Docker Desktop-only host name (<see cref="DesktopHostNames"/>) in a service's environment, env_file
/// contents, command or healthcheck, when the service's extra_hosts does not map that name. Desktop resolves it;
/// a Linux engine does not (docker/for-linux#264). Fix: <c>extra_hosts: ["NAME:host-gateway"]</c> on the service.
/// </summary>
public sealed class DesktopHostNameWithoutExtraHostsRule : ComposeRule
{
    private const string HostGateway = "host-gateway";

    public override RuleDescriptor Descriptor => RuleCatalogue.DesktopHostNameWithoutExtraHosts;

    public override void Analyze(ComposeRuleContext context)
    {
        foreach (var service in context.File.Services)
        {
            var mapped = MappedNames(context, service.Node);
            var findings = new List<(TextSpan Span, string Name, string Where)>();
            foreach (var key in new[] { "environment", "command", "healthcheck" })
            {
                var value = key == "healthcheck" ? (service.Node.Get(key) as YamlMapping)?.Get("test") : service.Node.Get(key);
                foreach (var scalar in context.ScalarsOf(value))
                {
                    if (DesktopHostNames.FindIn(scalar.Value) is { } name && !mapped.Contains(name))
                    {
                        findings.Add((ComposeRuleContext.SpanOf(scalar, scalar.Value.IndexOf(name, StringComparison.OrdinalIgnoreCase), name.Length), name, key == "healthcheck" ? "healthcheck" : key));
                    }
                }
            }

            foreach (var (scalar, envFile) in EnvFiles(context, service.Node))
            {
                var text = context.Options.ReadFile?.Invoke(envFile);
                if (text == null)
                {
                    continue;
                }

                var line = 0;
                foreach (var rawLine in text.Split('\n'))
                {
                    line++;
                    var trimmed = rawLine.Trim();
                    if (trimmed.Length == 0 || trimmed[0] == '#' || !context.Budget.Visit())
                    {
                        continue;
                    }

                    if (DesktopHostNames.FindIn(trimmed) is { } name && !mapped.Contains(name))
                    {
                        findings.Add((scalar.Span, name, $"env_file '{envFile}' (line {line})"));
                        break;
                    }
                }
            }

            // One fix per service, on its first finding: it maps every name the service uses, in one extra_hosts edit.
            var fix = findings.Count == 0 ? null : ExtraHostsFix(context.File, service.Node, findings.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
            foreach (var (span, name, where) in findings)
            {
                var message = $"'{name}' in the {where} of service '{service.Name}' resolves only on Docker Desktop, and the service's extra_hosts does not map it: " +
                              "on a Linux host, in CI and in production the name does not resolve ('could not resolve host'). " +
                              $"Add extra_hosts: [\"{name}:{HostGateway}\"] to the service (Docker 20.10+), or read the host from configuration.";
                context.Report(Descriptor, span, message, fix);
                fix = null;
            }
        }
    }

    /// <summary>The names the service's extra_hosts maps (to host-gateway or an address): both resolve on every engine.</summary>
    private static HashSet<string> MappedNames(ComposeRuleContext context, YamlMapping service)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        switch (service.Get("extra_hosts"))
        {
            case YamlSequence list:
                foreach (var entry in context.ScalarsOf(list))
                {
                    // "name:address", "name=address" (Compose 2.24+) or "name address".
                    var end = entry.Value.IndexOfAny(new[] { ':', '=', ' ' });
                    names.Add((end < 0 ? entry.Value : entry.Value.Substring(0, end)).Trim());
                }

                break;
            case YamlMapping map:
                foreach (var entry in map.Entries)
                {
                    names.Add(entry.Key.Value.Trim());
                }

                break;
        }

        return names;
    }

    /// <summary>env_file as a path, a list of paths, or a list of <c>{path, required}</c>.</summary>
    private static IEnumerable<(YamlScalar Scalar, string Path)> EnvFiles(ComposeRuleContext context, YamlMapping service)
    {
        var value = service.Get("env_file");
        var items = value is YamlSequence list ? list.Items : value != null ? new[] { value } : Array.Empty<YamlNode>();
        foreach (var item in items)
        {
            var scalar = item as YamlScalar ?? (item as YamlMapping)?.Get("path") as YamlScalar;
            if (scalar is { IsNull: false } && context.Budget.Visit() && scalar.Value.IndexOf('$') < 0)
            {
                yield return (scalar, scalar.Value);
            }
        }
    }

    /// <summary>
    /// The edit that maps <paramref name="names"/> to host-gateway: an item added to the service's own block or flow
    /// extra_hosts list, or a new extra_hosts list before the service's first key, with that key's indentation and the
    /// file's line endings. Null where the edit could not keep the file's shape (a flow service, a mapping extra_hosts).
    /// </summary>
    private static DockerfileFix? ExtraHostsFix(ComposeFile file, YamlMapping service, IReadOnlyList<string> names)
    {
        var text = file.Text;
        var newLine = file.NewLine;
        var title = $"Map {string.Join(", ", names)} to {HostGateway} in extra_hosts";
        var own = service.Entries.FirstOrDefault(e => e.Key.Value == "extra_hosts");
        if (own.Key != null)
        {
            if (own.Value is not YamlSequence list)
            {
                return null;
            }

            var items = names.Select(n => $"\"{n}:{HostGateway}\"").ToList();
            if (list.IsFlow)
            {
                var close = list.Span.End - 1;
                if (close < 0 || close >= text.Length || text[close] != ']')
                {
                    return null;
                }

                return Fix(title, close, (list.Items.Count > 0 ? ", " : string.Empty) + string.Join(", ", items));
            }

            if (list.Items.Count == 0)
            {
                return null;
            }

            var last = list.Items[list.Items.Count - 1];
            var dash = text.LastIndexOf('-', Math.Max(0, last.Span.Start - 1));
            var indent = dash < 0 ? null : IndentBefore(text, dash);
            if (indent == null)
            {
                return null;
            }

            var lineEnd = text.IndexOf('\n', last.Span.End);
            var added = string.Concat(items.Select(i => indent + "- " + i + newLine));
            return lineEnd < 0 ? Fix(title, text.Length, newLine + added.Substring(0, added.Length - newLine.Length)) : Fix(title, lineEnd + 1, added);
        }

        if (service.IsFlow || service.Entries.Count == 0)
        {
            return null;
        }

        var firstKey = service.Entries[0].Key;
        var keyIndent = IndentBefore(text, firstKey.Span.Start);
        if (keyIndent == null)
        {
            return null;
        }

        var block = keyIndent + "extra_hosts:" + newLine + string.Concat(names.Select(n => $"{keyIndent}  - \"{n}:{HostGateway}\"{newLine}"));
        return Fix(title, firstKey.Span.Start - keyIndent.Length, block);
    }

    /// <summary>The spaces between the start of the line and <paramref name="position"/>, or null if anything else is there.</summary>
    private static string? IndentBefore(string text, int position)
    {
        var start = position;
        while (start > 0 && text[start - 1] == ' ')
        {
            start--;
        }

        return start == 0 || text[start - 1] == '\n' ? text.Substring(start, position - start) : null;
    }

    private static DockerfileFix Fix(string title, int position, string newText) =>
        new(title, new[] { new TextEdit(new TextSpan(position, 0), newText) });
}
