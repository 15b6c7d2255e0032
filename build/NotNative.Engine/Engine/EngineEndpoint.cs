namespace NotNative.Engine.Engine;

/// <summary>
/// TLS for an engine: whether to verify the server, and the folder of ca.pem/cert.pem/key.pem (paths only; the files
/// are read when the client is built). No folder: the system's trusted roots and no client certificate (https://).
/// </summary>
public sealed record EngineTls(bool Verify, string? CertificateDirectory)
{
    public string? CaPath => CertificateDirectory == null ? null : Path.Combine(CertificateDirectory, "ca.pem");
    public string? CertPath => CertificateDirectory == null ? null : Path.Combine(CertificateDirectory, "cert.pem");
    public string? KeyPath => CertificateDirectory == null ? null : Path.Combine(CertificateDirectory, "key.pem");
}

/// <summary>Where the engine is and how that was decided (for messages: "DOCKER_HOST", "context 'desktop-linux'").</summary>
public sealed record EngineEndpoint(Uri Uri, string Source, EngineTls? Tls = null)
{
    /// <summary>The endpoint for messages and cache keys: never user:password from the URI.</summary>
    public string Display => EndpointText.Redact(Uri.OriginalString);
}

/// <summary>An endpoint, or why none could be resolved.</summary>
public sealed record EndpointResolution(EngineEndpoint? Endpoint, string? Error);

/// <summary>Endpoint strings as they may be shown.</summary>
public static class EndpointText
{
    /// <summary>
    /// Removes user:password from an endpoint string as written, before anything parses it: a password with '#',
    /// '/', '?' or '@', a bad port or an unclosed '[' makes the string no URI at all, and it must not be shown whole.
    /// Everything from the authority's start to the last '@' goes (an '@' further on only hides more, never less).
    /// </summary>
    public static string Redact(string endpoint)
    {
        var scheme = endpoint.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : scheme + 3;
        var at = endpoint.LastIndexOf('@');
        return at < start ? endpoint : endpoint[..start] + "***@" + endpoint[(at + 1)..];
    }
}
