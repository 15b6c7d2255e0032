namespace NotNative.Engine.Engine;

/// <summary>Where the engine is and how that was decided (for messages: "DOCKER_HOST", "context 'desktop-linux'").</summary>
public sealed record EngineEndpoint(Uri Uri, string Source, EngineTls? Tls = null)
{
    /// <summary>The endpoint for messages and cache keys: never user:password from the URI.</summary>
    public string Display => EndpointText.Redact(Uri.OriginalString);
}
