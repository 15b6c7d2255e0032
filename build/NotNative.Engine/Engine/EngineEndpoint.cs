namespace NotNative.Engine.Engine;

/// <summary>TLS material for a tcp:// engine: paths only; the files are read when the client is built.</summary>
public sealed record EngineTls(bool Verify, string CertificateDirectory)
{
    public string CaPath => Path.Combine(CertificateDirectory, "ca.pem");
    public string CertPath => Path.Combine(CertificateDirectory, "cert.pem");
    public string KeyPath => Path.Combine(CertificateDirectory, "key.pem");
}

/// <summary>Where the engine is and how that was decided (for messages: "DOCKER_HOST", "context 'desktop-linux'").</summary>
public sealed record EngineEndpoint(Uri Uri, string Source, EngineTls? Tls = null)
{
    /// <summary>The endpoint for messages and cache keys: never user:password from the URI.</summary>
    public string Display
    {
        get
        {
            if (string.IsNullOrEmpty(Uri.UserInfo))
            {
                return Uri.OriginalString;
            }

            var builder = new UriBuilder(Uri) { UserName = string.Empty, Password = string.Empty };
            return builder.Uri.ToString();
        }
    }
}

/// <summary>An endpoint, or why none could be resolved.</summary>
public sealed record EndpointResolution(EngineEndpoint? Endpoint, string? Error);
