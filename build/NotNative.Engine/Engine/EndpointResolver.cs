using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NotNative.Engine.Files;

namespace NotNative.Engine.Engine;

/// <summary>
/// Resolves the engine endpoint exactly as the docker CLI does: an explicit host, DOCKER_HOST, DOCKER_CONTEXT,
/// the currentContext of $DOCKER_CONFIG/config.json (or ~/.docker/config.json) and that context's
/// contexts/meta/&lt;sha256&gt;/meta.json, then the platform default. TLS from DOCKER_TLS_VERIFY/DOCKER_CERT_PATH
/// or the context's TLS folder. Of config.json only currentContext is read; credentials are never touched.
/// </summary>
public sealed class EndpointResolver
{
    private readonly Func<string, string?> _environment;
    private readonly string _home;
    private readonly bool _isWindows;
    private readonly Func<string, bool> _fileExists;

    public EndpointResolver(Func<string, string?>? environment = null, string? home = null, bool? isWindows = null, Func<string, bool>? fileExists = null)
    {
        _environment = environment ?? Environment.GetEnvironmentVariable;
        _home = home ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        _isWindows = isWindows ?? OperatingSystem.IsWindows();
        _fileExists = fileExists ?? File.Exists;
    }

    public const string DefaultUnixSocket = "unix:///var/run/docker.sock";
    public const string DefaultWindowsPipe = "npipe:////./pipe/docker_engine";

    public EndpointResolution Resolve(string? explicitHost = null, string explicitSource = "NotNativeDockerHost")
    {
        if (!string.IsNullOrWhiteSpace(explicitHost))
        {
            return FromHost(explicitHost!, explicitSource, EnvironmentTls());
        }

        var dockerHost = _environment("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost))
        {
            return FromHost(dockerHost!, "DOCKER_HOST", EnvironmentTls());
        }

        var configDirectory = _environment("DOCKER_CONFIG") is { Length: > 0 } configured ? configured : Path.Combine(_home, ".docker");
        var context = _environment("DOCKER_CONTEXT");
        var contextSource = "DOCKER_CONTEXT";
        if (string.IsNullOrWhiteSpace(context))
        {
            context = CurrentContext(configDirectory, out var configError);
            if (configError != null)
            {
                return new EndpointResolution(null, configError);
            }

            contextSource = "currentContext in " + Path.Combine(configDirectory, "config.json");
        }

        if (!string.IsNullOrWhiteSpace(context) && context != "default")
        {
            return FromContext(configDirectory, context!, contextSource);
        }

        return new EndpointResolution(PlatformDefault(), null);
    }

    private EngineEndpoint PlatformDefault()
    {
        if (_isWindows)
        {
            return new EngineEndpoint(new Uri(DefaultWindowsPipe), "the Windows default");
        }

        // On a Mac, Docker Desktop's socket may exist only under the home folder.
        var desktopSocket = Path.Combine(_home, ".docker", "run", "docker.sock");
        if (!_fileExists("/var/run/docker.sock") && _fileExists(desktopSocket))
        {
            return new EngineEndpoint(new Uri("unix://" + desktopSocket), "Docker Desktop's socket in the home folder");
        }

        return new EngineEndpoint(new Uri(DefaultUnixSocket), "the default");
    }

    private EngineTls? EnvironmentTls()
    {
        var verify = !string.IsNullOrEmpty(_environment("DOCKER_TLS_VERIFY"));
        var tls = verify || !string.IsNullOrEmpty(_environment("DOCKER_TLS"));
        if (!tls)
        {
            return null;
        }

        var directory = _environment("DOCKER_CERT_PATH") is { Length: > 0 } certPath ? certPath : Path.Combine(_home, ".docker");
        return new EngineTls(verify, directory);
    }

    private EndpointResolution FromHost(string host, string source, EngineTls? tls)
    {
        host = host.Trim();
        var shown = EndpointText.Redact(host);
        if (host.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase))
        {
            return new EndpointResolution(null, $"{source} is an ssh:// endpoint ({shown}), which needs the ssh program; .NET Docker clients cannot use it. Use a tcp:// or unix:// endpoint, or a docker context over TLS.");
        }

        // The docker CLI accepts a bare path for unix sockets and host:port for tcp.
        if (host.StartsWith('/'))
        {
            host = "unix://" + host;
        }
        else if (!host.Contains("://", StringComparison.Ordinal))
        {
            host = "tcp://" + host;
        }

        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "npipe" or "tcp" or "http" or "https"))
        {
            return new EndpointResolution(null, $"{source} '{EndpointText.Redact(host)}' is not a Docker endpoint (unix://, npipe://, tcp:// or https://).");
        }

        if (uri.Scheme == "npipe" && !_isWindows)
        {
            return new EndpointResolution(null, $"{source} '{shown}' is a Windows named pipe; named pipes exist only on Windows. On this machine use a unix:// socket or a tcp:// endpoint.");
        }

        // The Engine API has no use for user:password; dropped here, no later message or exception can show it.
        if (uri.UserInfo.Length > 0)
        {
            uri = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;
        }

        // https:// is TLS: verified against the system's roots unless DOCKER_TLS*/the context say more. Never plain HTTP.
        if (uri.Scheme == "https")
        {
            tls ??= new EngineTls(Verify: true, CertificateDirectory: null);
        }

        return new EndpointResolution(new EngineEndpoint(uri, source, uri.Scheme is "tcp" or "https" ? tls : null), null);
    }

    /// <summary>Only currentContext is read from config.json; the rest (credentials among it) is left alone.</summary>
    private static string? CurrentContext(string configDirectory, out string? error)
    {
        error = null;
        var path = Path.Combine(configDirectory, "config.json");
        if (UserFileReader.KindOf(path) == UserFileKind.Missing)
        {
            return null;
        }

        try
        {
            var read = UserFileReader.Read(path, UserFileReader.MaxConfigFileBytes);
            if (!read.Succeeded)
            {
                error = $"{path} {read.Problem}; the docker CLI cannot use it either. Fix or remove it.";
                return null;
            }

            using var document = JsonDocument.Parse(read.Bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("currentContext", out var current) && current.ValueKind == JsonValueKind.String
                ? current.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            error = $"{path} cannot be read as JSON ({e.GetType().Name}); the docker CLI would fail on it too. Fix or remove it.";
            return null;
        }
    }

    private EndpointResolution FromContext(string configDirectory, string context, string source)
    {
        var id = ContextId(context);
        var meta = Path.Combine(configDirectory, "contexts", "meta", id, "meta.json");
        if (UserFileReader.KindOf(meta) == UserFileKind.Missing)
        {
            return new EndpointResolution(null, $"docker context '{context}' ({source}) does not exist: no {meta}. Run 'docker context ls' and 'docker context use <name>'.");
        }

        try
        {
            var read = UserFileReader.Read(meta, UserFileReader.MaxConfigFileBytes);
            if (!read.Succeeded)
            {
                return new EndpointResolution(null, $"docker context '{context}' ({source}): {meta} {read.Problem}.");
            }

            using var document = JsonDocument.Parse(read.Bytes);
            if (!document.RootElement.TryGetProperty("Endpoints", out var endpoints)
                || !endpoints.TryGetProperty("docker", out var docker)
                || !docker.TryGetProperty("Host", out var hostElement)
                || hostElement.GetString() is not { Length: > 0 } host)
            {
                return new EndpointResolution(null, $"docker context '{context}' has no docker endpoint in {meta}.");
            }

            var skipVerify = docker.TryGetProperty("SkipTLSVerify", out var skip) && skip.ValueKind == JsonValueKind.True;
            var tlsDirectory = Path.Combine(configDirectory, "contexts", "tls", id, "docker");
            var tls = Directory.Exists(tlsDirectory) ? new EngineTls(!skipVerify, tlsDirectory) : null;
            return FromHost(host, $"docker context '{context}'", tls);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new EndpointResolution(null, $"docker context '{context}': {meta} cannot be read ({e.GetType().Name}).");
        }
    }

    /// <summary>The docker CLI stores a context under the hex SHA-256 of its name.</summary>
    public static string ContextId(string name) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name))).ToLowerInvariant();
}
