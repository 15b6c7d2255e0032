using System.IO.Pipes;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Handler.Abstractions;
using Microsoft.Extensions.Logging;
using NotNative.Engine.Files;

namespace NotNative.Engine.Engine;

/// <summary>
/// The one HTTP transport of the probe, for every endpoint kind: a SocketsHttpHandler whose connect callback opens
/// the Unix socket, named pipe or TCP connection under the probe's deadline (its ConnectTimeout is the same), with
/// TLS from NotNative's own reading of the TLS folder, no proxy and no redirects, and answers read to a size cap.
/// </summary>
internal sealed class EngineTransport : IDockerHandlerFactory<EngineEndpoint>
{
    private readonly TimeSpan _timeout;
    private readonly X509Certificate2? _clientCertificate;
    private readonly RemoteCertificateValidationCallback? _validateServer;

    private EngineTransport(TimeSpan timeout, X509Certificate2? clientCertificate, RemoteCertificateValidationCallback? validateServer)
    {
        _timeout = timeout;
        _clientCertificate = clientCertificate;
        _validateServer = validateServer;
    }

    /// <summary>The transport for an endpoint, or null with a configuration error (TLS files missing, unreadable or invalid).</summary>
    public static EngineTransport? Create(EngineEndpoint endpoint, TimeSpan timeout, out string? error)
    {
        error = null;
        if (endpoint.Tls is not { } tls)
        {
            return new EngineTransport(timeout, null, null);
        }

        if (tls.CertificateDirectory == null)
        {
            // https:// without a TLS folder: the system's roots, no client certificate.
            return new EngineTransport(timeout, null, tls.Verify ? null : AcceptAnyServer);
        }

        if (UserFileReader.KindOf(tls.CertificateDirectory) != UserFileKind.Directory)
        {
            error = $"TLS is on ({Why(endpoint)}) but the TLS folder {tls.CertificateDirectory} does not exist. Point DOCKER_CERT_PATH at the folder with ca.pem, cert.pem and key.pem, or unset DOCKER_TLS_VERIFY.";
            return null;
        }

        try
        {
            X509Certificate2? client = null;
            var hasCert = UserFileReader.KindOf(tls.CertPath!) != UserFileKind.Missing;
            var hasKey = UserFileReader.KindOf(tls.KeyPath!) != UserFileKind.Missing;
            if (hasCert || hasKey)
            {
                if (ReadPem(tls.CertPath!, out error) is not { } cert || ReadPem(tls.KeyPath!, out error) is not { } key)
                {
                    error = $"TLS is on ({Why(endpoint)}) but {error}. The docker CLI needs cert.pem and key.pem together.";
                    return null;
                }

                client = X509Certificate2.CreateFromPem(cert, key);
                if (OperatingSystem.IsWindows())
                {
                    // SslStream on Windows needs a key it can persist: a PKCS#12 round trip gives one.
                    using var ephemeral = client;
                    client = new X509Certificate2(ephemeral.Export(X509ContentType.Pkcs12));
                }
            }

            if (!tls.Verify)
            {
                return new EngineTransport(timeout, client, AcceptAnyServer);
            }

            if (ReadPem(tls.CaPath!, out error) is not { } caText)
            {
                error = $"DOCKER_TLS_VERIFY is on ({Why(endpoint)}) but {error}. Put the engine's CA certificate there as ca.pem, or point DOCKER_CERT_PATH at the right folder.";
                return null;
            }

            var ca = X509Certificate2.CreateFromPem(caText);
            return new EngineTransport(timeout, client, (_, certificate, _, _) => SignedBy(certificate, ca));
        }
        catch (CryptographicException e)
        {
            error = $"the TLS files in {tls.CertificateDirectory} are not valid PEM certificates and keys ({e.GetType().Name}).";
            return null;
        }
    }

    public ResolvedTransport CreateHandler(ResolvedClientOptions clientOptions, ILogger logger) =>
        throw new NotSupportedException("The probe's transport is built for one endpoint.");

    public ResolvedTransport CreateHandler(EngineEndpoint endpoint, ResolvedClientOptions clientOptions, ILogger logger)
    {
        var uri = endpoint.Uri;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = _timeout,
            MaxResponseHeadersLength = 64,
            MaxConnectionsPerServer = 2,
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
        };
        Uri effective;
        switch (uri.Scheme)
        {
            case "unix":
                var socketPath = uri.LocalPath;
                handler.ConnectCallback = async (_, token) =>
                {
                    var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    try
                    {
                        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token).ConfigureAwait(false);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                };
                effective = new Uri("http://localhost");
                break;
            case "npipe":
                var (server, pipe) = PipeName(uri);
                handler.ConnectCallback = async (_, token) =>
                {
                    var stream = new NamedPipeClientStream(server, pipe, PipeDirection.InOut, PipeOptions.Asynchronous);
                    try
                    {
                        await stream.ConnectAsync(token).ConfigureAwait(false);
                        return stream;
                    }
                    catch
                    {
                        await stream.DisposeAsync().ConfigureAwait(false);
                        throw;
                    }
                };
                effective = new Uri("http://localhost");
                break;
            default:
                handler.ConnectCallback = async (context, token) =>
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(context.DnsEndPoint, token).ConfigureAwait(false);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                };
                var tlsOn = endpoint.Tls != null;
                effective = new UriBuilder(uri) { Scheme = tlsOn ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, Path = "/", Query = string.Empty, Fragment = string.Empty }.Uri;
                if (tlsOn)
                {
                    if (_clientCertificate != null)
                    {
                        handler.SslOptions.ClientCertificates = new X509CertificateCollection { _clientCertificate };
                    }

                    handler.SslOptions.RemoteCertificateValidationCallback = _validateServer;
                }

                break;
        }

        return new ResolvedTransport(new BoundedAnswerHandler(handler), effective);
    }

    public Task<WriteClosableStream> HijackStreamAsync(HttpContent content) =>
        throw new NotSupportedException("The probe never attaches to a stream.");

    /// <summary><c>npipe:////./pipe/docker_engine</c> and <c>npipe://./pipe/docker_engine</c> → (".", "docker_engine").</summary>
    private static (string Server, string Pipe) PipeName(Uri uri)
    {
        var text = uri.OriginalString["npipe:".Length..].TrimStart('/');
        var parts = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[1].Equals("pipe", StringComparison.OrdinalIgnoreCase)
            ? (parts[0] is "." or "localhost" ? "." : parts[0], parts[2])
            : (".", parts.LastOrDefault() ?? "docker_engine");
    }

    private static string Why(EngineEndpoint endpoint) => endpoint.Source;

    /// <summary>Far more than any PEM certificate or key.</summary>
    private const long MaxPemBytes = 1024 * 1024;

    private static string? ReadPem(string path, out string? error)
    {
        var read = UserFileReader.Read(path, MaxPemBytes);
        error = read.Succeeded ? null : $"{path} {read.Problem}";
        return read.Succeeded ? Encoding.UTF8.GetString(read.Bytes!) : null;
    }

    private static bool AcceptAnyServer(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;

    private static bool SignedBy(X509Certificate? certificate, X509Certificate2 ca)
    {
        if (certificate == null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate as X509Certificate2 ?? new X509Certificate2(certificate));
    }

    /// <summary>Reads each answer whole, up to <see cref="EngineProbe.MaxAnswerBytes"/>; refuses redirects.</summary>
    private sealed class BoundedAnswerHandler : DelegatingHandler
    {
        public BoundedAnswerHandler(HttpMessageHandler inner)
            : base(inner)
        {
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400)
                {
                    var location = response.Headers.Location?.OriginalString;
                    throw new EngineAnswerRefusedException(
                        $"HTTP {status}: a redirect{(location == null ? string.Empty : " to " + EngineText.Printable(EndpointText.Redact(location)))}, which NotNative does not follow; " +
                        "an engine answers /info itself. Point DOCKER_HOST or the context at the engine");
                }

                if (response.Content.Headers.ContentLength > EngineProbe.MaxAnswerBytes)
                {
                    throw TooLarge();
                }

                using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                using var copy = new MemoryStream();
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (copy.Length + read > EngineProbe.MaxAnswerBytes)
                    {
                        throw TooLarge();
                    }

                    copy.Write(chunk, 0, read);
                }

                var content = new ByteArrayContent(copy.ToArray());
                foreach (var header in response.Content.Headers)
                {
                    if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }

                response.Content.Dispose();
                response.Content = content;
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static EngineAnswerRefusedException TooLarge() =>
            new($"the answer is larger than {EngineProbe.MaxAnswerBytes / (1024 * 1024)} MiB; a real /info is a few KiB");
    }
}
