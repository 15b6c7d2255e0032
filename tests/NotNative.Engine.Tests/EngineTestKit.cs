using NotNative.Dockerfiles.Semantics;
using NotNative.Engine;
using NotNative.Engine.Engine;
using NotNative.Tests;

namespace NotNative.Engine.Tests;

internal static class EngineTestKit
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static EngineExpectation Expect(ContainerOs os, string? architecture = null) =>
        new(os, "the project's target OS (test)", architecture, architecture == null ? null : "ContainerRuntimeIdentifier 'test'", "/src/Dockerfile", 1, 1, 1, 1);

    public static ProbeResult Probe(ReplayEngine engine, TimeSpan? timeout = null) =>
        EngineProbe.ProbeAsync(new EngineEndpoint(engine.Uri, "test"), timeout ?? ProbeTimeout, CancellationToken.None).GetAwaiter().GetResult();

    public static ProbeResult ProbePayload(string infoFile, string? versionFile = null)
    {
        using var engine = new ReplayEngine(ReplayEngine.Payload(infoFile), versionFile == null ? null : ReplayEngine.Payload(versionFile));
        return Probe(engine);
    }

    public static List<BuildFinding> Evaluate(ProbeResult probe, ContainerOs expected, EngineCheckMode mode = EngineCheckMode.Auto, string? architecture = null) =>
        EngineChecks.Evaluate(probe, mode, Expect(expected, architecture)).ToList();
}
