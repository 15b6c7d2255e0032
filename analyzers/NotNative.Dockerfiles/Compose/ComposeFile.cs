using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Compose;

/// <summary>A parsed compose file: its text, its YAML and its services (each service mapping once, even when aliased).</summary>
public sealed class ComposeFile
{
    private ComposeFile(string text, YamlMapping? root, string? error, IReadOnlyList<ComposeService> services)
    {
        Text = text;
        Root = root;
        Error = error;
        Services = services;
        Lines = new LineIndex(text);
    }

    public string Text { get; }
    public YamlMapping? Root { get; }

    /// <summary>Why the file gave no services: not YAML, too large; null when it parsed.</summary>
    public string? Error { get; }

    public IReadOnlyList<ComposeService> Services { get; }
    public LineIndex Lines { get; }

    /// <summary>"\r\n" when the file's lines end so, for edits that add lines.</summary>
    public string NewLine => Text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";

    public static ComposeFile Parse(string text)
    {
        var parsed = ComposeYamlParser.Parse(text);
        var root = parsed.Root as YamlMapping;
        var services = new List<ComposeService>();
        var seen = new HashSet<YamlMapping>();
        if (root?.Get("services") is YamlMapping servicesNode)
        {
            foreach (var entry in servicesNode.Entries)
            {
                if (entry.Value is YamlMapping service && seen.Add(service))
                {
                    services.Add(new ComposeService(entry.Key.Value, entry.Key, service));
                }
            }
        }

        return new ComposeFile(text, root, parsed.Error, services);
    }
}

/// <summary>One entry of <c>services:</c>.</summary>
public sealed class ComposeService
{
    public ComposeService(string name, YamlScalar nameNode, YamlMapping node)
    {
        Name = name;
        NameNode = nameNode;
        Node = node;
    }

    public string Name { get; }
    public YamlScalar NameNode { get; }
    public YamlMapping Node { get; }
}
