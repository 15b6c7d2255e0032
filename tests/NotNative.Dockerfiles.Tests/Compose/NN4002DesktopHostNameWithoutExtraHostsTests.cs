using NotNative.Dockerfiles.Compose;

namespace NotNative.Dockerfiles.Tests.Compose;

public class NN4002DesktopHostNameWithoutExtraHostsTests
{
    [Theory]
    // docker/for-linux#264, reduced: the name in the environment, the command and the healthcheck.
    [InlineData("services:\n  api:\n    image: api\n    environment:\n      - DB=Host=host.docker.internal;Port=5432\n", "host.docker.internal", "5,17")]
    [InlineData("services:\n  api:\n    image: api\n    environment:\n      OTEL_ENDPOINT: \"http://HOST.DOCKER.INTERNAL:4317\"\n", "HOST.DOCKER.INTERNAL", "5,30")]
    [InlineData("services:\n  api:\n    image: api\n    command: [\"--upstream\", \"gateway.docker.internal:8080\"]\n", "gateway.docker.internal", "4,30")]
    [InlineData("services:\n  api:\n    image: api\n    command: ./run --db docker.for.mac.localhost\n", "docker.for.mac.localhost", "4,25")]
    [InlineData("services:\n  api:\n    image: api\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://host.docker.internal/health\"]\n", "host.docker.internal", "5,43")]
    public void Desktop_host_names_without_extra_hosts_are_reported(string compose, string at, string position)
    {
        var diagnostic = Assert.Single(ComposeLint.Run(compose));
        Assert.Equal("NN4002", diagnostic.Id);
        Assert.Equal(at, ComposeLint.At(compose, diagnostic));
        Assert.Equal(position, ComposeLint.Position(compose, diagnostic));
        Assert.Contains("service 'api'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    extra_hosts:\n      - \"host.docker.internal:host-gateway\"\n")]
    [InlineData("    extra_hosts:\n      - host.docker.internal=host-gateway\n")]
    [InlineData("    extra_hosts: [\"host.docker.internal:172.17.0.1\"]\n")]
    [InlineData("    extra_hosts:\n      host.docker.internal: host-gateway\n")]
    public void A_service_that_maps_the_name_is_clean(string extraHosts)
    {
        Assert.Empty(ComposeLint.Run("services:\n  api:\n    image: api\n    environment:\n      - API=http://host.docker.internal:8080\n" + extraHosts));
    }

    [Theory]
    [InlineData("    environment:\n      - DB=Host=db;Port=5432\n")]
    [InlineData("    environment:\n      - HOST=myhost.docker.internal.example.com\n")]
    [InlineData("    labels:\n      - note=host.docker.internal\n")]
    [InlineData("    environment:\n      - API=${API_HOST:-localhost}\n")]
    public void Other_names_and_other_keys_are_clean(string keys)
    {
        Assert.Empty(ComposeLint.Run("services:\n  api:\n    image: api\n" + keys));
    }

    [Fact]
    public void Extra_hosts_merged_from_an_anchor_count()
    {
        var compose = "x-hosts: &hosts\n  extra_hosts:\n    - host.docker.internal:host-gateway\nservices:\n  api:\n    <<: *hosts\n    image: api\n    command: curl http://host.docker.internal\n";
        Assert.Empty(ComposeLint.Run(compose));
    }

    [Fact]
    public void Env_file_contents_are_read_through_the_host()
    {
        var compose = "services:\n  api:\n    image: api\n    env_file:\n      - common.env\n      - path: ./api.env\n        required: false\n";
        var files = new Dictionary<string, string>
        {
            ["common.env"] = "# host.docker.internal in a comment\nLOG=debug\n",
            ["./api.env"] = "LOG=debug\nAPI_URL=http://host.docker.internal:5000\n",
        };
        var diagnostic = Assert.Single(ComposeLint.Run(compose, new ComposeAnalysisOptions { ReadFile = path => files.GetValueOrDefault(path) }));
        Assert.Equal("./api.env", ComposeLint.At(compose, diagnostic));
        Assert.Contains("env_file './api.env' (line 2)", diagnostic.Message, StringComparison.Ordinal);

        // Without a reader (the analyzer), env files are not read.
        Assert.Empty(ComposeLint.Run(compose));
    }

    [Fact]
    public void The_fix_adds_extra_hosts_before_the_services_first_key_with_its_indentation_and_line_endings()
    {
        var compose = "services:\r\n  api:\r\n    image: api\r\n    environment:\r\n      - A=http://host.docker.internal\r\n      - B=gateway.docker.internal\r\n  db:\r\n    image: postgres\r\n";
        var diagnostics = ComposeLint.Run(compose);
        Assert.Equal(2, diagnostics.Count);
        Assert.Null(diagnostics[1].Fix);
        var fixedText = ComposeLint.Fixed(compose, diagnostics[0]);
        Assert.Equal("services:\r\n  api:\r\n    extra_hosts:\r\n      - \"host.docker.internal:host-gateway\"\r\n      - \"gateway.docker.internal:host-gateway\"\r\n    image: api\r\n    environment:\r\n      - A=http://host.docker.internal\r\n      - B=gateway.docker.internal\r\n  db:\r\n    image: postgres\r\n", fixedText);
        Assert.Empty(ComposeLint.Run(fixedText));
    }

    [Theory]
    [InlineData("    extra_hosts:\n      - \"db.local:10.0.0.5\"\n    command: curl host.docker.internal\n",
                "    extra_hosts:\n      - \"db.local:10.0.0.5\"\n      - \"host.docker.internal:host-gateway\"\n    command: curl host.docker.internal\n")]
    [InlineData("    command: curl host.docker.internal\n    extra_hosts: [\"db.local:10.0.0.5\"]\n",
                "    command: curl host.docker.internal\n    extra_hosts: [\"db.local:10.0.0.5\", \"host.docker.internal:host-gateway\"]\n")]
    [InlineData("    command: curl host.docker.internal\n    extra_hosts: []\n",
                "    command: curl host.docker.internal\n    extra_hosts: [\"host.docker.internal:host-gateway\"]\n")]
    [InlineData("    command: curl host.docker.internal\n    extra_hosts:\n      - db.local:10.0.0.5",
                "    command: curl host.docker.internal\n    extra_hosts:\n      - db.local:10.0.0.5\n      - \"host.docker.internal:host-gateway\"")]
    public void The_fix_adds_to_an_existing_extra_hosts_list(string keys, string expected)
    {
        var compose = "services:\n  api:\n    image: api\n" + keys;
        var fixedText = ComposeLint.Fixed(compose, Assert.Single(ComposeLint.Run(compose)));
        Assert.Equal("services:\n  api:\n    image: api\n" + expected, fixedText);
        Assert.Empty(ComposeLint.Run(fixedText));
    }

    [Fact]
    public void No_fix_where_the_edit_could_not_keep_the_files_shape()
    {
        var compose = "services:\n  api: {image: api, command: curl host.docker.internal}\n";
        Assert.Null(Assert.Single(ComposeLint.Run(compose)).Fix);
    }
}
