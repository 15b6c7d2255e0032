using System.Text.RegularExpressions;
using NotNative.Dockerfiles.Rules;
using NotNative.Tests;

namespace NotNative.Dockerfiles.Tests;

/// <summary>
/// Every rule is four things, findable by its ID: code, tests, docs/rules/ID.md (its help link) and a README row.
/// The IDs are taken from the sources, so a new rule cannot slip through.
/// </summary>
public class RuleCatalogueTests
{
    private static readonly Regex IdLiteral = new("\"(NN[0-9]{4})\"", RegexOptions.CultureInvariant);

    public static TheoryData<string> RuleIdsInCode()
    {
        var data = new TheoryData<string>();
        foreach (var id in IdsInCode())
        {
            data.Add(id);
        }

        return data;
    }

    private static SortedSet<string> IdsInCode()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "analyzers", "build" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in IdLiteral.Matches(File.ReadAllText(file)))
                {
                    ids.Add(match.Groups[1].Value);
                }
            }
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCode))]
    public void Rule_has_a_doc_page(string id)
    {
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.StartsWith("# " + id, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCode))]
    public void Rule_has_a_README_row(string id)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.Matches(new Regex($@"^\| \[{id}\]\(docs/rules/{id}\.md\) \|", RegexOptions.Multiline), readme);
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCode))]
    public void Rule_has_tests_named_after_it(string id)
    {
        var tests = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), id + "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.NotEmpty(tests);
    }

    [Fact]
    public void Help_links_point_at_the_doc_pages()
    {
        foreach (var rule in DockerfileLinter.AllDescriptors())
        {
            Assert.EndsWith($"/docs/rules/{rule.Id}.md", rule.HelpLink, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void README_lists_no_rule_the_code_does_not_have()
    {
        var inCode = IdsInCode();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        foreach (Match row in Regex.Matches(readme, @"^\| \[(NN[0-9]{4})\]", RegexOptions.Multiline))
        {
            Assert.Contains(row.Groups[1].Value, inCode);
        }
    }
}
