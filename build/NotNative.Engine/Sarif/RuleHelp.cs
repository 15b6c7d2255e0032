using System.Reflection;
using System.Text.RegularExpressions;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Engine.Sarif;

/// <summary>
/// A rule's help as SARIF carries it: its docs/rules/ID.md page (embedded into this assembly at build time, so
/// nothing reads the repository at run time) and its friendly name, the name of its <see cref="RuleIds"/> constant.
/// </summary>
public static class RuleHelp
{
    private static readonly Lazy<Dictionary<string, string>> NamesById = new(ReadNames);

    // A Markdown link whose target is relative to the page: [text](NN2001.md), [text](../target-os.md#x), [text](#x).
    private static readonly Regex RelativeLink = new(@"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:)([^)\s]*)\)", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new(@"\[([^\]]*)\]\([^)\s]*\)", RegexOptions.CultureInvariant);
    private static readonly Regex Heading = new(@"^#{1,6} ", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>PascalCase, e.g. WindowsBaseImageForLinuxTarget for NN2001; the ID when it has no constant.</summary>
    public static string Name(string id) => NamesById.Value.TryGetValue(id, out var name) ? name : id;

    /// <summary>The rule's page as Markdown, its relative links made absolute (code scanning shows it away from the repository); null when there is none.</summary>
    public static string? Markdown(string id)
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream(ResourceName(id));
        if (stream == null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var page = reader.ReadToEnd().Replace("\r\n", "\n");
        return RelativeLink.Replace(page, m => "](" + Absolute(id, m.Groups[1].Value) + ")");
    }

    /// <summary>The page as plain text: headings without '#', links as their text.</summary>
    public static string Text(string markdown) => Link.Replace(Heading.Replace(markdown, string.Empty), m => m.Groups[1].Value);

    /// <summary>The name the project file gives the embedded page (NotNative.Engine.csproj).</summary>
    internal static string ResourceName(string id) => "NotNative.Rules." + id + ".md";

    private static string Absolute(string id, string target)
    {
        if (target.StartsWith('#'))
        {
            return RuleCatalogue.HelpLink(id) + target;
        }

        // docs/rules/x is RepositoryUrl/blob/main/docs/rules/x (a browser resolves ../ in it).
        return RuleCatalogue.HelpLinkBase + target;
    }

    private static Dictionary<string, string> ReadNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetRawConstantValue() is string id)
            {
                names[id] = field.Name;
            }
        }

        return names;
    }
}
