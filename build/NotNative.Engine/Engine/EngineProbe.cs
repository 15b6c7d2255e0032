using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Engine.Engine;

/// <summary>
/// Asks an engine what it is, reading only <c>/info</c> (and <c>/version</c> when /info has no OSType).
/// It never starts, pulls, pushes or deletes anything. One deadline bounds the whole probe, connect and TLS
/// included; the caller's token ends it at once. Answers are capped in size, redirects are refused, and the
/// client uses only the endpoint given here (nothing of DOCKER_HOST, contexts or config.json is read by it).
/// </summary>
public static class EngineProbe
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A real /info is a few KiB; anything near this is not an engine.</summary>
    public const int MaxAnswerBytes = 4 * 1024 * 1024;

    public static async Task<ProbeResult> ProbeAsync(EngineEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // A missing Unix socket needs no connection attempt.
        if (endpoint.Uri.Scheme == "unix" && !File.Exists(endpoint.Uri.LocalPath))
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Unreachable, $"no socket at {EngineText.Printable(endpoint.Uri.LocalPath)}");
        }

        var transport = EngineTransport.Create(endpoint, timeout, out var configurationError);
        if (transport == null)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Configuration, configurationError!);
        }

        // The deadline and the caller's token bound the wait here, whatever the transport does with them underneath
        // (a connect in SYN retries, a TLS handshake, a slow body): the caller never waits longer than the timeout.
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var asking = Task.Run(() => AskAsync(endpoint, transport, timeout, deadline.Token, cancellationToken), CancellationToken.None);
        _ = asking.ContinueWith(_ => deadline.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await asking.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Timeout, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
    }

    private static async Task<ProbeResult> AskAsync(EngineEndpoint endpoint, EngineTransport transport, TimeSpan timeout, CancellationToken deadline, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new DockerClientBuilder(new DockerConfig(NoDockerCliSettings.Instance))
                .WithEndpoint(endpoint.Uri)
                .WithTimeout(timeout)
                .WithTransportOptions(transport, endpoint)
                .Build();
            var info = await client.System.GetSystemInfoAsync(deadline).ConfigureAwait(false);
            if (info == null)
            {
                return ProbeResult.Failed(endpoint, ProbeFailure.Unusable, "/info answered null, not the object the Engine API defines");
            }

            var osType = info.OSType ?? string.Empty;
            if (osType.Length == 0)
            {
                // An Engine 29 answer to an old API version can be a stub with an empty OSType: ask /version.
                var version = await client.System.GetVersionAsync(deadline).ConfigureAwait(false);
                if (version == null)
                {
                    return ProbeResult.Failed(endpoint, ProbeFailure.Unusable, "/info has no OSType and /version answered null");
                }

                osType = version.Os ?? string.Empty;
            }

            // Everything the engine says is escaped and cut before it can reach a message.
            osType = EngineText.Printable(osType);
            var labels = info.Labels?.Select(l => EngineText.Printable(l)).ToList() ?? new List<string>();
            var kernel = EngineText.Printable(info.KernelVersion);
            var operatingSystem = EngineText.Printable(info.OperatingSystem);
            var (host, evidence) = EngineFacts.ClassifyHost(osType.ToLowerInvariant(), operatingSystem, kernel, labels);
            var architecture = EngineFacts.NormalizeArchitecture(EngineText.Printable(info.Architecture));
            var facts = new EngineFacts(endpoint, TargetOs.Parse(osType) ?? ContainerOs.Unknown, osType, operatingSystem, kernel,
                architecture, EngineText.Printable(info.ServerVersion), host, evidence)
            {
                DesktopMachine = EngineFacts.DesktopMachineOf(kernel, labels, architecture),
                MemTotal = Math.Max(0, info.MemTotal),
                CpuCount = Math.Max(0, info.NCPU),
            };
            return new ProbeResult(endpoint, facts, ProbeFailure.None, string.Empty);
        }
        catch (Exception e) when (Find<EngineAnswerRefusedException>(e) is { } refused)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Unusable, refused.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Timeout, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (TimeoutException)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Timeout, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (DockerApiException e)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Unusable, $"HTTP {(int)e.StatusCode} {e.StatusCode}: {EngineText.Printable(e.ResponseBody)}");
        }
        catch (JsonException e)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Unusable, $"the answer is not the JSON the Engine API defines ({EngineText.Printable(e.Message)})");
        }
        catch (Exception e) when (e is DockerConfigurationException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Configuration, EngineText.Printable($"{e.GetType().Name}: {e.Message}"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Transports wrap connection failures differently (HttpRequestException, AggregateException, IOException):
            // a socket or I/O failure anywhere inside means nothing answered; anything else is an unusable answer.
            return Find<SocketException>(e) is { } socket
                ? ProbeResult.Failed(endpoint, ProbeFailure.Unreachable, EngineText.Printable(socket.Message))
                : Find<IOException>(e) is { } io
                    ? ProbeResult.Failed(endpoint, ProbeFailure.Unreachable, EngineText.Printable(io.Message))
                    : ProbeResult.Failed(endpoint, ProbeFailure.Unusable, EngineText.Printable($"{e.GetType().Name}: {e.Message}"));
        }
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var depth = 0; exception != null && depth < 16; depth++)
        {
            if (exception is T found)
            {
                return found;
            }

            exception = exception is AggregateException aggregate && aggregate.InnerExceptions.Count > 0 ? aggregate.InnerExceptions[0] : exception.InnerException;
        }

        return null;
    }

    /// <summary>Docker CLI settings that say nothing: the builder must not look at DOCKER_HOST, DOCKER_CONTEXT or config.json.</summary>
    private sealed class NoDockerCliSettings : IDockerCliSettings
    {
        public static readonly NoDockerCliSettings Instance = new();

        public string? DockerConfig => null;
        public string? DockerHost => null;
        public string? DockerContext => null;
        public string? DockerTlsVerify => null;
    }
}
