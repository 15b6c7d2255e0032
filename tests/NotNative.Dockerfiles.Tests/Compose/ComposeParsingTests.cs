using NotNative.Dockerfiles.Compose;

namespace NotNative.Dockerfiles.Tests.Compose;

public class ComposeParsingTests
{
    [Fact]
    public void Scalars_keep_their_exact_spans_with_crlf_line_endings_and_a_byte_order_mark()
    {
        var text = "\uFEFFservices:\r\n  web:\r\n    image: \"nginx:1.27\"\r\n    volumes:\r\n      - 'C:\\data:/data'\r\n";
        var file = ComposeFile.Parse(text);
        var service = Assert.Single(file.Services);
        Assert.Equal("web", service.Name);
        var image = Assert.IsType<YamlScalar>(service.Node.Get("image"));
        Assert.Equal("\"nginx:1.27\"", text.Substring(image.Span.Start, image.Span.Length));
        Assert.True(image.IsRawText);
        var volume = Assert.IsType<YamlScalar>(Assert.IsType<YamlSequence>(service.Node.Get("volumes")).Items[0]);
        Assert.Equal("C:\\data:/data", text.Substring(volume.ValueStart, volume.Value.Length));
        Assert.Equal("5,9", file.Lines.GetPosition(volume.Span.Start).ToString());
    }

    [Fact]
    public void Merge_keys_and_aliases_are_followed()
    {
        var text = "x-common: &common\n  extra_hosts:\n    - host.docker.internal:host-gateway\nservices:\n  api:\n    <<: *common\n    image: api\n  worker: *anchored\n";
        var file = ComposeFile.Parse(text);

        // An alias to an anchor that does not exist is no service (compose rejects the file).
        var api = Assert.Single(file.Services);
        Assert.IsType<YamlSequence>(api.Node.Get("extra_hosts"));
        Assert.Equal("api", api.Node.GetString("image"));
    }

    [Theory]
    [InlineData("services: [")]
    [InlineData("services:\n  web:\n    image: \"unterminated\n")]
    [InlineData("\t- not yaml: [}")]
    [InlineData("")]
    [InlineData("just a string")]
    [InlineData("- a\n- b\n")]
    [InlineData("services:\n  web: *undefined\n")]
    [InlineData("services:\n  ? [a, b]\n  : image: x\n")]
    public void Files_that_are_not_compose_files_give_no_services_and_no_exception(string text)
    {
        var result = ComposeLinter.Lint(text);
        Assert.Empty(result.File.Services);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_alias_bomb_is_bounded_and_never_expanded()
    {
        // "Billion laughs": each level names the one before ten times, so expanding it would make 10^9 scalars.
        var text = new System.Text.StringBuilder("x0: &l0 [\"host.docker.internal\", \"C:\\\\data:/data\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append($"x{level}: &l{level} [" + string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10)) + "]\n");
        }

        text.Append("services:\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append($"  s{i}:\n    environment: *l9\n    command: *l9\n    volumes: *l9\n");
        }

        var result = ComposeLinter.Lint(text.ToString());
        Assert.Equal(2000, result.File.Services.Count);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Deep_nesting_and_an_oversized_file_give_no_exception()
    {
        var deep = "services: " + new string('[', 100_000) + new string(']', 100_000);
        Assert.Empty(ComposeLinter.Lint(deep).Diagnostics);

        var huge = "services:\n" + new string('#', ComposeYamlParser.MaxChars);
        var result = ComposeLinter.Lint(huge);
        Assert.NotNull(result.File.Error);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("compose.yaml", true)]
    [InlineData("compose.yml", true)]
    [InlineData("docker-compose.yml", true)]
    [InlineData("docker-compose.yaml", true)]
    [InlineData("docker-compose.override.yml", true)]
    [InlineData("Docker-Compose.Prod.YAML", true)]
    [InlineData("compose.override.yaml", true)]
    [InlineData("docker-compose.dcproj", false)]
    [InlineData("docker-compose.yml.bak", false)]
    [InlineData("my-compose.yml", false)]
    [InlineData("compose.json", false)]
    [InlineData("docker-compose..yml", false)]
    public void Compose_file_names(string name, bool expected) => Assert.Equal(expected, ComposeNames.IsComposeFileName(name));

    [Fact]
    public void Compose_linter_reports_catalogue_entries_only()
    {
        foreach (var rule in ComposeLinter.AllDescriptors())
        {
            Assert.Same(NotNative.Dockerfiles.Diagnostics.RuleCatalogue.Get(rule.Id), rule);
            Assert.StartsWith("NN40", rule.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mutated_compose_files_never_throw()
    {
        // Real shapes (awesome-compose, the rules' tests) cut, doubled and spliced with YAML's special characters, fixed seed.
        var seeds = new[]
        {
            "x-common: &common\n  extra_hosts: [\"db:10.0.0.1\"]\nservices:\n  api:\n    <<: *common\n    build:\n      context: ./api\n      dockerfile: Dockerfile\n" +
            "    environment:\n      - DB=host.docker.internal\n      API: \"http://gateway.docker.internal\"\n    env_file: [a.env, {path: b.env}]\n" +
            "    volumes:\n      - C:\\data:/data\n      - type: bind\n        source: 'D:/x'\n        target: /x\n    extra_hosts:\n      - \"h:1.2.3.4\"\n" +
            "    healthcheck:\n      test: [\"CMD\", \"curl\", \"host.docker.internal\"]\n    platform: linux/amd64\n    mem_limit: 2g\n" +
            "    deploy:\n      resources:\n        limits: {cpus: '0.5', memory: 1G}\n  web: {image: nginx, command: host.docker.internal}\n",
        };
        var specials = new[] { ":", "- ", "[", "]", "{", "}", "&a ", "*a", "<<: ", "\"", "'", "\n", "\r\n", "  ", "#", "|", ">", "? ", "!!str ", "\t", "\uFEFF" };
        var random = new Random(4001);
        var options = new ComposeAnalysisOptions { ComposeDirectory = "C:\\src", TargetPlatform = "linux/arm64", ReadFile = _ => "A=host.docker.internal\n" };
        for (var i = 0; i < 3000; i++)
        {
            var text = seeds[random.Next(seeds.Length)];
            for (var edit = random.Next(1, 6); edit > 0 && text.Length > 0; edit--)
            {
                var at = random.Next(text.Length);
                var from = random.Next(text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)),
                    1 => text.Insert(at, specials[random.Next(specials.Length)]),
                    _ => text.Insert(at, text.Substring(from, Math.Min(random.Next(1, 40), text.Length - from))),
                };
            }

            var result = ComposeLinter.Lint(text, options);
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
                foreach (var edit in diagnostic.Fix?.Edits ?? Array.Empty<NotNative.Dockerfiles.Diagnostics.TextEdit>())
                {
                    Assert.InRange(edit.Span.End, edit.Span.Start, text.Length);
                }
            }
        }
    }
}
