using NotNative.Engine.Engine;

namespace NotNative.Engine.Tests;

/// <summary>Each step of the docker CLI's endpoint resolution, with real files in a temporary DOCKER_CONFIG.</summary>
public class EndpointResolverTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "nn-home-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly Dictionary<string, string> _environment = new();

    public EndpointResolverTests() => Directory.CreateDirectory(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private string ConfigDirectory => Path.Combine(_home, ".docker");

    private EndpointResolution Resolve(string? explicitHost = null, bool windows = false, Func<string, bool>? fileExists = null) =>
        new EndpointResolver(name => _environment.TryGetValue(name, out var value) ? value : null, _home, windows, fileExists ?? (_ => true)).Resolve(explicitHost);

    private void WriteContext(string name, string host, bool skipTlsVerify = false, bool withTls = false, string? configDirectory = null)
    {
        var root = configDirectory ?? ConfigDirectory;
        var id = EndpointResolver.ContextId(name);
        var meta = Path.Combine(root, "contexts", "meta", id);
        Directory.CreateDirectory(meta);
        File.WriteAllText(Path.Combine(meta, "meta.json"),
            "{\"Name\":\"" + name + "\",\"Metadata\":{\"Description\":\"\"},\"Endpoints\":{\"docker\":{\"Host\":\"" + host
            + "\",\"SkipTLSVerify\":" + (skipTlsVerify ? "true" : "false") + "}}}");
        if (withTls)
        {
            Directory.CreateDirectory(Path.Combine(root, "contexts", "tls", id, "docker"));
        }
    }

    private void WriteConfig(string json, string? configDirectory = null)
    {
        var root = configDirectory ?? ConfigDirectory;
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "config.json"), json);
    }

    [Fact]
    public void Platform_default_is_the_Unix_socket_or_the_Windows_pipe()
    {
        Assert.Equal("unix:///var/run/docker.sock", Resolve().Endpoint!.Uri.OriginalString);
        Assert.Equal("npipe:////./pipe/docker_engine", Resolve(windows: true).Endpoint!.Uri.OriginalString);
    }

    [Fact]
    public void A_Mac_without_the_var_run_link_uses_Desktop_s_socket_in_the_home_folder()
    {
        var endpoint = Resolve(fileExists: path => path != "/var/run/docker.sock").Endpoint!;
        Assert.Equal(Path.Combine(_home, ".docker", "run", "docker.sock"), endpoint.Uri.LocalPath);
    }

    [Fact]
    public void DOCKER_HOST_wins_over_contexts_and_explicit_host_wins_over_DOCKER_HOST()
    {
        WriteConfig("""{"currentContext":"remote"}""");
        WriteContext("remote", "tcp://10.0.0.5:2376");
        _environment["DOCKER_HOST"] = "unix:///run/user/1000/docker.sock";

        Assert.Equal("DOCKER_HOST", Resolve().Endpoint!.Source);
        Assert.Equal("unix:///run/user/1000/docker.sock", Resolve().Endpoint!.Uri.OriginalString);
        Assert.Equal("tcp://127.0.0.1:2375/", Resolve("tcp://127.0.0.1:2375").Endpoint!.Uri.ToString());
    }

    [Theory]
    [InlineData("/var/run/docker.sock", "unix:///var/run/docker.sock")]
    [InlineData("127.0.0.1:2375", "tcp://127.0.0.1:2375")]
    public void Bare_paths_and_host_port_are_read_as_the_docker_CLI_reads_them(string value, string expected)
    {
        _environment["DOCKER_HOST"] = value;
        Assert.Equal(new Uri(expected), Resolve().Endpoint!.Uri);
    }

    [Theory]
    [InlineData("ssh://me@build-box", "ssh")]
    [InlineData("ftp://nope", "not a Docker endpoint")]
    public void Unusable_hosts_are_explained(string value, string why)
    {
        _environment["DOCKER_HOST"] = value;
        var resolution = Resolve();
        Assert.Null(resolution.Endpoint);
        Assert.Contains(why, resolution.Error);
        Assert.DoesNotContain("me@", resolution.Error);
    }

    [Fact]
    public void TLS_comes_from_DOCKER_TLS_VERIFY_and_DOCKER_CERT_PATH()
    {
        _environment["DOCKER_HOST"] = "tcp://192.168.99.100:2376";
        _environment["DOCKER_TLS_VERIFY"] = "1";
        _environment["DOCKER_CERT_PATH"] = "/certs/machine";
        var tls = Resolve().Endpoint!.Tls!;
        Assert.True(tls.Verify);
        Assert.Equal("/certs/machine", tls.CertificateDirectory);

        _environment.Remove("DOCKER_TLS_VERIFY");
        _environment.Remove("DOCKER_CERT_PATH");
        _environment["DOCKER_TLS"] = "1";
        var unverified = Resolve().Endpoint!.Tls!;
        Assert.False(unverified.Verify);
        Assert.Equal(Path.Combine(_home, ".docker"), unverified.CertificateDirectory);
    }

    [Fact]
    public void DOCKER_CONTEXT_names_a_context_stored_under_its_sha256()
    {
        WriteContext("desktop-linux", "unix:///Users/dev/.docker/run/docker.sock");
        _environment["DOCKER_CONTEXT"] = "desktop-linux";
        var endpoint = Resolve().Endpoint!;
        Assert.Equal("docker context 'desktop-linux'", endpoint.Source);
        Assert.Equal("/Users/dev/.docker/run/docker.sock", endpoint.Uri.LocalPath);
        Assert.Equal("fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e", EndpointResolver.ContextId("desktop-linux"));
    }

    [Fact]
    public void CurrentContext_of_DOCKER_CONFIG_is_used_and_credentials_are_not_needed()
    {
        var config = Path.Combine(_home, "custom-config");
        WriteConfig("""{"auths":{"registry.example.com":{"auth":"c2VjcmV0OnNlY3JldA=="}},"credsStore":"desktop","currentContext":"tls-remote"}""", config);
        WriteContext("tls-remote", "tcp://build.example.com:2376", skipTlsVerify: true, withTls: true, configDirectory: config);
        _environment["DOCKER_CONFIG"] = config;

        var endpoint = Resolve().Endpoint!;
        Assert.Equal("tcp://build.example.com:2376/", endpoint.Uri.ToString());
        Assert.False(endpoint.Tls!.Verify);
        Assert.Equal(Path.Combine(config, "contexts", "tls", EndpointResolver.ContextId("tls-remote"), "docker"), endpoint.Tls.CertificateDirectory);
    }

    [Fact]
    public void Default_context_is_the_platform_default()
    {
        WriteConfig("""{"currentContext":"default"}""");
        Assert.Equal("unix:///var/run/docker.sock", Resolve().Endpoint!.Uri.OriginalString);
    }

    [Fact]
    public void Missing_context_or_broken_config_is_explained()
    {
        _environment["DOCKER_CONTEXT"] = "gone";
        Assert.Contains("docker context 'gone'", Resolve().Error);

        _environment.Remove("DOCKER_CONTEXT");
        WriteConfig("{ not json");
        Assert.Contains("config.json", Resolve().Error);
    }

    [Fact]
    public void Displayed_endpoints_never_show_a_password()
    {
        var endpoint = new EngineEndpoint(new Uri("tcp://user:secret@10.1.2.3:2376"), "DOCKER_HOST");
        Assert.DoesNotContain("secret", endpoint.Display);
    }

    public static TheoryData<string> HostsWithPasswords => new()
    {
        "tcp://admin:s3cr3tpw@10.1.2.3:notaport",
        "tcp://admin:s3cr#3tpw@10.1.2.3:2376",
        "tcp://admin:s3c/r3tpw@10.1.2.3:2376",
        "tcp://admin:s3c?r3tpw@10.1.2.3:2376",
        "tcp://admin:s3cr@3tpw@10.1.2.3:2376",
        "unix://admin:s3cr3tpw@/var/run/docker.sock",
        "tcp://admin:s3cr3tpw@[fe80::1:2376",
        "ssh://admin:s3cr3tpw@build-box",
        "admin:s3cr3tpw@10.1.2.3:2376",
        "ftp://admin:s3cr3tpw@host",
    };

    [Theory]
    [MemberData(nameof(HostsWithPasswords))]
    public void A_password_in_DOCKER_HOST_is_never_shown_even_when_the_host_is_no_URI(string host)
    {
        _environment["DOCKER_HOST"] = host;
        var resolution = Resolve();
        var shown = resolution.Error ?? resolution.Endpoint!.Display + " " + resolution.Endpoint.Uri;

        Assert.DoesNotContain("s3c", shown);
        Assert.DoesNotContain("3tpw", shown);
        var evaluated = EngineChecks.Evaluate(resolution.Endpoint == null
                ? ProbeResult.Failed(null, ProbeFailure.Configuration, resolution.Error!)
                : ProbeResult.Failed(resolution.Endpoint, ProbeFailure.Unreachable, "refused"),
            EngineCheckMode.Required, EngineTestKit.Expect(Dockerfiles.Semantics.ContainerOs.Linux)).Single().Message;
        Assert.DoesNotContain("3tpw", evaluated);
    }

    [Theory]
    [MemberData(nameof(HostsWithPasswords))]
    public void A_password_in_a_context_Host_is_never_shown(string host)
    {
        WriteContext("remote", host);
        _environment["DOCKER_CONTEXT"] = "remote";
        var resolution = Resolve();
        var shown = resolution.Error ?? resolution.Endpoint!.Display + " " + resolution.Endpoint.Uri;

        Assert.DoesNotContain("3tpw", shown);
    }

    [Fact]
    public void Config_and_meta_files_that_are_FIFOs_or_dev_zero_are_explained_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(ConfigDirectory);
        var config = Path.Combine(ConfigDirectory, "config.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", config))
        {
            mkfifo.WaitForExit();
        }

        Assert.Contains("not a regular file", Resolve().Error);

        File.Delete(config);
        File.CreateSymbolicLink(config, "/dev/zero");
        Assert.Contains("not a regular file", Resolve().Error);

        File.Delete(config);
        WriteContext("remote", "tcp://10.0.0.5:2376");
        var meta = Path.Combine(ConfigDirectory, "contexts", "meta", EndpointResolver.ContextId("remote"), "meta.json");
        File.Delete(meta);
        File.CreateSymbolicLink(meta, "/dev/zero");
        _environment["DOCKER_CONTEXT"] = "remote";
        Assert.Contains("not a regular file", Resolve().Error);
    }
}
