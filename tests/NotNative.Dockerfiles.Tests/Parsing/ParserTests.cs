using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Tests.Parsing;

public class ParserTests
{
    /// <summary>Cases in BuildKit's dump format beyond the shared folder, written from the syntax.</summary>
    [Theory]
    [InlineData("FROM a\nONBUILD RUN echo test\n", "(from \"a\")\n(onbuild (run \"echo test\"))\n")]
    [InlineData("FROM a\nRUN foo \\\n\nbar \\\n\nbaz\n", "(from \"a\")\n(run \"foo bar baz\")\n")]
    [InlineData("FROM a\nRUN echo foo \\\\\n", "(from \"a\")\n(run \"echo foo \\\\\\\\\")\n")]
    [InlineData("FROM a\nCMD [ \"\\/usr\\\\\\\"/bin/znc\", \"-f\" ]\n", "(from \"a\")\n(cmd \"/usr\\\\\\\"/bin/znc\" \"-f\")\n")]
    [InlineData("FROM a AS b\nCOPY --from=b --chmod=755 x /y\n", "(from \"a\" \"AS\" \"b\")\n(copy [\"--from=b\" \"--chmod=755\"] \"x\" \"/y\")\n")]
    [InlineData("FROM a\nRUN <<EOF\necho hi\nEOF\n", "(from \"a\")\n(run \"<<EOF\")\n")]
    [InlineData("\uFEFFFROM a\r\nRUN b\r\n", "(from \"a\")\n(run \"b\")\n")]
    [InlineData("from a\nexpose 80/tcp 443\n", "(from \"a\")\n(expose \"80/tcp\" \"443\")\n")]
    [InlineData("FROM a\nLABEL a=b c=\"d e\"\n", "(from \"a\")\n(label \"a\" \"b\" \"=\" \"c\" \"\\\"d e\\\"\" \"=\")\n")]
    [InlineData("FROM a\nRUN echo \\\n# comment\n  done\n", "(from \"a\")\n(run \"echo   done\")\n")]
    public void Dumps_like_BuildKit(string dockerfile, string expected)
    {
        var syntax = DockerfileParser.Parse(dockerfile);
        Assert.Empty(syntax.Errors);
        Assert.Equal(expected, DockerfileDump.Dump(syntax));
    }

    [Fact]
    public void Escape_directive_only_counts_at_the_top()
    {
        var syntax = DockerfileParser.Parse("FROM a\n# escape=`\nRUN a `\n b\n");
        Assert.Equal('\\', syntax.EscapeToken);
        Assert.Null(syntax.GetDirective("escape"));
    }

    [Fact]
    public void Directives_are_read()
    {
        var syntax = DockerfileParser.Parse("# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\n# escape=`\nFROM a\n");
        Assert.Equal("docker/dockerfile:1", syntax.GetDirective("syntax")!.Value);
        Assert.Equal("skip=JSONArgsRecommended", syntax.GetDirective("check")!.Value);
        Assert.Equal('`', syntax.EscapeToken);
    }

    [Fact]
    public void Repeated_directive_is_an_error()
    {
        Assert.NotEmpty(DockerfileParser.Parse("# escape=`\n# escape=\\\nFROM a\n").Errors);
    }

    [Fact]
    public void Spans_point_at_the_source_across_continuations()
    {
        var text = "FROM alpine\nRUN apk add \\\n    curl \\\n    git\nWORKDIR /srv\n";
        var syntax = DockerfileParser.Parse(text);
        var workdir = syntax.Instructions[2];
        Assert.Equal("/srv", syntax.GetText(workdir.Arguments[0].Span));
        Assert.Equal(4, workdir.StartLine);
        var run = syntax.Instructions[1];
        Assert.Equal(1, run.StartLine);
        Assert.Equal(3, run.EndLine);
        Assert.StartsWith("RUN apk add \\", syntax.GetText(run.Span));
        Assert.EndsWith("git", syntax.GetText(run.Span));
    }

    [Fact]
    public void Env_pair_spans_cover_key_and_value()
    {
        var text = "FROM a\nENV GOPATH=C:\\\\go PATH=/x\n";
        var syntax = DockerfileParser.Parse(text);
        var pairs = syntax.Instructions[1].Pairs;
        Assert.Equal("GOPATH", syntax.GetText(pairs[0].Key.Span));
        Assert.Equal("C:\\\\go", syntax.GetText(pairs[0].Value.Span));
        Assert.Equal("/x", syntax.GetText(pairs[1].Value.Span));
    }

    [Theory]
    [InlineData("")]
    [InlineData("FROM a\r\nRUN b \\\r\n  c\r\n")]
    [InlineData("# comment\n\nFROM a\nRUN <<EOF\nx\nEOF\n  \n")]
    [InlineData("\uFEFFFROM a")]
    public void Tree_gives_back_the_input(string text)
    {
        Assert.Equal(text, DockerfileParser.Parse(text).ToFullString());
    }

    [Fact]
    public void Deeply_nested_json_falls_back_without_overflowing()
    {
        var text = "FROM a\nCMD " + new string('[', 200_000) + "\n";
        var syntax = DockerfileParser.Parse(text);
        Assert.False(syntax.Instructions[1].IsJson);
    }
}
