namespace NotNative.Engine.Engine;

public enum ProbeFailure
{
    None,

    /// <summary>Nothing listens: no socket, connection refused, name not found (NN3002).</summary>
    Unreachable,

    /// <summary>It answered something unusable: HTTP error, bad JSON (NN9003).</summary>
    Unusable,

    /// <summary>It accepted and did not answer in time (NN9003).</summary>
    Timeout,

    /// <summary>The endpoint could not be resolved from DOCKER_* and contexts (NN9002).</summary>
    Configuration,
}
