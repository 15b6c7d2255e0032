using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;
using Docker.DotNet.X509;
using NotNative.Dockerfiles.Semantics;

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

public sealed record ProbeResult(EngineEndpoint? Endpoint, EngineFacts? Facts, ProbeFailure Failure, string Detail)
{
    public static ProbeResult Failed(EngineEndpoint? endpoint, ProbeFailure failure, string detail) => new(endpoint, null, failure, detail);
}

/// <summary>
/// Asks an engine what it is, reading only <c>/info</c> (and <c>/version</c> when /info has no OSType).
/// It never starts, pulls, pushes or deletes anything. A short overall timeout bounds every call.
/// </summary>
public static class EngineProbe
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    public static async Task<ProbeResult> ProbeAsync(EngineEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // A missing Unix socket needs no connection attempt.
        if (endpoint.Uri.Scheme == "unix" && !File.Exists(endpoint.Uri.LocalPath))
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Unreachable, $"no socket at {endpoint.Uri.LocalPath}");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var client = CreateClient(endpoint, timeout);
            var info = await client.System.GetSystemInfoAsync(deadline.Token).ConfigureAwait(false);
            var osType = info?.OSType ?? string.Empty;
            if (osType.Length == 0)
            {
                // An Engine 29 answer to an old API version can be a stub with an empty OSType: ask /version.
                var version = await client.System.GetVersionAsync(deadline.Token).ConfigureAwait(false);
                osType = version?.Os ?? string.Empty;
            }

            var labels = info?.Labels?.ToList() ?? new List<string>();
            var kernel = info?.KernelVersion ?? string.Empty;
            var operatingSystem = info?.OperatingSystem ?? string.Empty;
            var (host, evidence) = EngineFacts.ClassifyHost(osType.ToLowerInvariant(), operatingSystem, kernel, labels);
            var facts = new EngineFacts(endpoint, TargetOs.Parse(osType) ?? ContainerOs.Unknown, osType, operatingSystem, kernel,
                EngineFacts.NormalizeArchitecture(info?.Architecture), info?.ServerVersion ?? string.Empty, host, evidence);
            return new ProbeResult(endpoint, facts, ProbeFailure.None, string.Empty);
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
            return ProbeResult.Failed(endpoint, ProbeFailure.Unusable, $"HTTP {(int)e.StatusCode} {e.StatusCode}: {Excerpt(e.ResponseBody)}");
        }
        catch (JsonException e)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Unusable, $"the answer is not the JSON the Engine API defines ({e.Message})");
        }
        catch (Exception e) when (e is DockerConfigurationException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
        {
            return ProbeResult.Failed(endpoint, ProbeFailure.Configuration, $"{e.GetType().Name}: {e.Message}");
        }
        catch (Exception e)
        {
            // Transports wrap connection failures differently (HttpRequestException, AggregateException, IOException):
            // a socket or I/O failure anywhere inside means nothing answered; anything else is an unusable answer.
            return Find<SocketException>(e) is { } socket
                ? ProbeResult.Failed(endpoint, ProbeFailure.Unreachable, socket.Message)
                : Find<IOException>(e) is { } io
                    ? ProbeResult.Failed(endpoint, ProbeFailure.Unreachable, io.Message)
                    : ProbeResult.Failed(endpoint, ProbeFailure.Unusable, $"{e.GetType().Name}: {e.Message}");
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

    private static DockerClient CreateClient(EngineEndpoint endpoint, TimeSpan timeout)
    {
        var uri = endpoint.Uri.Scheme == "tcp" && endpoint.Tls != null
            ? new UriBuilder(endpoint.Uri) { Scheme = "https" }.Uri
            : endpoint.Uri;
        var builder = new DockerClientBuilder().WithEndpoint(uri).WithTimeout(timeout);
        return endpoint.Tls is { } tls ? WithTls(builder, tls).Build() : builder.Build();
    }

    /// <summary>Separate so that the TLS assemblies load only for TLS endpoints.</summary>
    private static DockerClientBuilder WithTls(DockerClientBuilder builder, EngineTls tls)
    {
        {
            // Client certificate and CA from the TLS folder; nothing of them is ever logged.
            var certificates = DockerTlsCertificates.LoadFromDirectory(tls.CertificateDirectory, loadCertificateAuthority: tls.Verify);
            var credentials = certificates.CreateCredentials();
            if (!tls.Verify && credentials is CertificateCredentials certificateCredentials)
            {
                // DOCKER_TLS without DOCKER_TLS_VERIFY: TLS without checking the server, as the docker CLI does.
                certificateCredentials.ServerCertificateValidationCallback = (_, _, _, _) => true;
            }

            return builder.WithAuthProvider(credentials);
        }
    }

    private static string Excerpt(string? body)
    {
        var text = (body ?? string.Empty).Replace('\n', ' ').Replace('\r', ' ').Trim();
        return text.Length <= 200 ? text : text[..200] + "...";
    }
}
