using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Rules;
using NotNative.Tests;

namespace NotNative.Dockerfiles.Tests;

/// <summary>
/// The rule catalogue is the one list of rules: every ID is declared in RuleIds.cs and has one catalogue entry; the
/// README rules table and the title line of each docs/rules/ID.md are generated from it and compared exactly.
/// Regenerate them with: NOTNATIVE_UPDATE_DOCS=1 dotnet test tests/NotNative.Dockerfiles.Tests --filter RuleCatalogueTests
/// </summary>
public class RuleCatalogueTests
{
    private const string TableStart = "<!-- rules table: generated from RuleCatalogue; see docs/architecture.md to regenerate -->";
    private const string TableEnd = "<!-- end of rules table -->";
    private static readonly Regex IdLiteral = new("\"(NN[0-9]{4})\"", RegexOptions.CultureInvariant);

    private static bool Updating => Environment.GetEnvironmentVariable("NOTNATIVE_UPDATE_DOCS") == "1";

    public static TheoryData<string> CatalogueIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalogue.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void Every_id_constant_has_one_catalogue_entry_and_every_entry_an_id_constant()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();
        var entries = RuleCatalogue.All.Select(r => r.Id).ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.Equal(entries.Count, entries.Distinct().Count());
        Assert.Equal(constants, entries.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(entries.OrderBy(id => id, StringComparer.Ordinal), entries);
    }

    [Fact]
    public void Every_catalogue_entry_is_a_public_field_named_after_its_id_constant()
    {
        var fields = typeof(RuleCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(RuleDescriptor))
            .ToDictionary(f => f.Name, f => (RuleDescriptor)f.GetValue(null)!);
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral);
        foreach (var constant in constants)
        {
            Assert.True(fields.TryGetValue(constant.Name, out var rule), $"RuleCatalogue.{constant.Name} is missing");
            Assert.Equal((string)constant.GetRawConstantValue()!, rule!.Id);
        }

        Assert.Equal(RuleCatalogue.All.Count, fields.Count);
    }

    [Fact]
    public void No_source_outside_RuleIds_writes_an_id()
    {
        var ruleIds = Path.Combine(RepositoryPaths.Root, "analyzers", "NotNative.Dockerfiles", "Diagnostics", "RuleIds.cs");
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            if (file != ruleIds && IdLiteral.IsMatch(File.ReadAllText(file)))
            {
                offenders.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Categories_are_the_constants_of_RuleCategories()
    {
        var categories = typeof(RuleCategories).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        foreach (var rule in RuleCatalogue.All)
        {
            Assert.Contains(rule.Category, categories);
        }
    }

    [Fact]
    public void Help_links_start_with_the_repository_url_set_once_in_Directory_Build_props()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var set = Assert.Single(Regex.Matches(props, "<RepositoryUrl>([^<]*)</RepositoryUrl>")).Groups[1].Value;
        Assert.StartsWith("https://", set, StringComparison.Ordinal);
        Assert.Equal(set.TrimEnd('/'), RuleCatalogue.RepositoryUrl);
        foreach (var rule in RuleCatalogue.All)
        {
            Assert.Equal($"{set.TrimEnd('/')}/blob/main/docs/rules/{rule.Id}.md", rule.HelpLink);
        }
    }

    [Fact]
    public void The_tool_package_README_links_the_rule_pages_of_the_same_repository()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build", "NotNative.Cli", "README.md"));
        Assert.Contains("Rules and their fixes: " + RuleCatalogue.HelpLinkBase + " ", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_linter_reports_catalogue_entries_only()
    {
        foreach (var rule in DockerfileLinter.AllDescriptors())
        {
            Assert.Same(RuleCatalogue.Get(rule.Id), rule);
        }
    }

    [Fact]
    public void README_rules_table_is_the_catalogue()
    {
        var path = Path.Combine(RepositoryPaths.Root, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md needs the markers '{TableStart}' and '{TableEnd}' around the rules table");
        start += TableStart.Length;
        var expected = "\n" + RulesTable();
        var actual = readme.Substring(start, end - start);
        if (Updating && actual != expected)
        {
            File.WriteAllText(path, readme.Substring(0, start) + expected + readme.Substring(end));
            return;
        }

        Assert.True(expected == actual, "README.md's rules table differs from the catalogue. Expected:\n" + expected);
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Doc_page_title_is_the_catalogue_title(string id)
    {
        var rule = RuleCatalogue.Get(id);
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        var newline = text.IndexOf('\n');
        var firstLine = newline < 0 ? text : text.Substring(0, newline);
        var expected = $"# {rule.Id}: {rule.Title}";
        if (Updating && firstLine != expected)
        {
            File.WriteAllText(page, expected + (newline < 0 ? "\n" : text.Substring(newline)));
            return;
        }

        Assert.True(expected == firstLine, $"docs/rules/{id}.md's title differs from the catalogue. Expected first line:\n{expected}");
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Rule_has_tests_named_after_it(string id)
    {
        var tests = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), id + "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.NotEmpty(tests);
    }

    [Fact]
    public void No_doc_page_without_a_catalogue_entry()
    {
        foreach (var page in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "NN*.md"))
        {
            Assert.NotNull(RuleCatalogue.Find(Path.GetFileNameWithoutExtension(page)));
        }
    }

    /// <summary>The README rules table as the catalogue says it: one row per rule, in ID order.</summary>
    internal static string RulesTable()
    {
        var table = new StringBuilder();
        table.Append("| Rule | Severity | Title |\n");
        table.Append("|------|----------|-------|\n");
        foreach (var rule in RuleCatalogue.All)
        {
            var severity = rule.RequiredModeSeverity is { } required ? $"{rule.DefaultSeverity} (auto) / {required} (required)" : rule.DefaultSeverity.ToString();
            table.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {severity} | {rule.Title} |\n");
        }

        return table.ToString();
    }

    private static IEnumerable<string> SourceFiles()
    {
        foreach (var folder in new[] { "analyzers", "build" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (!file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }
}
