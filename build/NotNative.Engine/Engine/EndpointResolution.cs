namespace NotNative.Engine.Engine;

/// <summary>An endpoint, or why none could be resolved.</summary>
public sealed record EndpointResolution(EngineEndpoint? Endpoint, string? Error);
