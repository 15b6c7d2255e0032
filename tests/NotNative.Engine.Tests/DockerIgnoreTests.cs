using NotNative.Engine.Context;

namespace NotNative.Engine.Tests;

/// <summary>.dockerignore matching as moby's patternmatcher does it, with no regular expressions.</summary>
public class DockerIgnoreTests
{
    [Theory]
    [InlineData("*.sh", "run.sh", true)]
    [InlineData("*.sh", "scripts/run.sh", false)]
    [InlineData("**/*.sh", "run.sh", true)]
    [InlineData("**/*.sh", "a/b/run.sh", true)]
    [InlineData("**", "anything/at/all", true)]
    [InlineData("scripts", "scripts/deep/run.sh", true)]
    [InlineData("scripts/", "scripts/run.sh", true)]
    [InlineData("/scripts", "scripts/run.sh", true)]
    [InlineData("./scripts/../bin", "bin/tool", true)]
    [InlineData("dir/**", "dir/a/b", true)]
    [InlineData("dir/**/x", "dir/x", true)]
    [InlineData("dir/**/x", "dir/a/b/x", true)]
    [InlineData("dir/**/x", "dirx", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "a/c", false)]
    [InlineData("a*c", "a/c", false)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[!a-c]x", "bx", true)] // no negation with !: a class of !, a, b, c
    [InlineData("[^a-c]x", "bx", false)]
    [InlineData("[^a-c]x", "dx", true)]
    [InlineData("\\*x", "*x", true)]
    [InlineData("\\*x", "ax", false)]
    [InlineData("[unclosed", "[unclosed", true)]
    [InlineData("node_modules", "node_modules", true)]
    [InlineData("node_modules", "src/node_modules", false)]
    public void Patterns_match_as_moby_s_patternmatcher_does(string pattern, string path, bool ignored)
    {
        Assert.Equal(ignored, DockerIgnore.Parse(pattern + "\n", escapes: true).IsIgnored(path));
    }

    [Fact]
    public void The_last_matching_pattern_wins_and_exceptions_re_include()
    {
        var ignore = DockerIgnore.Parse("# comment\n*.md\n!README.md\n\n  docs  \n", escapes: true);
        Assert.True(ignore.IsIgnored("CHANGES.md"));
        Assert.False(ignore.IsIgnored("README.md"));
        Assert.True(ignore.IsIgnored("docs/a.txt"));
        Assert.False(ignore.IsIgnored("src/a.cs"));
    }

    [Fact]
    public async Task The_pathological_pattern_docker_accepts_is_matched_correctly_and_at_once()
    {
        // With regular expressions this backtracked into a timeout and NN9000; the position-set matcher is linear.
        var ignore = DockerIgnore.Parse("**/**/**/**/**/*a*a*a*a*a*a*a*b\n", escapes: true);
        var near = string.Join('/', Enumerable.Repeat("d", 40)) + "/" + new string('a', 2000) + "c";
        var hit = string.Join('/', Enumerable.Repeat("d", 40)) + "/" + new string('a', 2000) + "b";

        var results = await Task.Run(() => (ignore.IsIgnored(near), ignore.IsIgnored(hit), ignore.IsIgnored("aaaaaaab"), ignore.IsIgnored("aaaaaab")))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((false, true, true, false), results);
    }
}
