namespace NotNative.Engine.Engine;

public sealed record ProbeResult(EngineEndpoint? Endpoint, EngineFacts? Facts, ProbeFailure Failure, string Detail)
{
    public static ProbeResult Failed(EngineEndpoint? endpoint, ProbeFailure failure, string detail) => new(endpoint, null, failure, detail);
}
