using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace NotNative.Tests;

/// <summary>
/// Stands in for an engine that cannot run here (a Windows engine, Docker Desktop, ...): a small HTTP/1.1 server
/// on a real Unix socket that answers /_ping, /info and /version from recorded payloads, or misbehaves on purpose.
/// </summary>
public sealed class ReplayEngine : IDisposable
{
    public enum Behaviour
    {
        Answer,
        Http500,
        Garbage,
        NeverAnswer,

        /// <summary>Answers only after <see cref="Release"/>: a slow engine the test controls.</summary>
        AnswerWhenReleased,

        /// <summary>HTTP 301 to <see cref="RedirectTo"/> for every request.</summary>
        Redirect,

        /// <summary>HTTP 200 with a chunked body that never ends.</summary>
        EndlessChunked,
    }

    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly string _info;
    private readonly string _version;
    private readonly Behaviour _behaviour;
    private readonly List<Socket> _held = new();
    private readonly X509Certificate2? _serverCertificate;
    private readonly X509Certificate2? _clientCa;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _requestReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReplayEngine(string info, string? version = null, Behaviour behaviour = Behaviour.Answer, bool plainTcp = false)
    {
        _info = info;
        _version = version ?? "{\"Os\":\"\",\"Arch\":\"\",\"Version\":\"\"}";
        _behaviour = behaviour;
        if (plainTcp)
        {
            // Plain HTTP on loopback, as an engine started with -H tcp://127.0.0.1:2375 answers.
            SocketPath = string.Empty;
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(16);
            Uri = new Uri("tcp://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndPoint!).Port);
        }
        else
        {
            SocketPath = Path.Combine(Path.GetTempPath(), "nn-" + Guid.NewGuid().ToString("N")[..10] + ".sock");
            _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            _listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
            _listener.Listen(16);
            Uri = new Uri("unix://" + SocketPath);
        }

        _ = Task.Run(AcceptLoop);
    }

    /// <summary>An engine behind TLS on loopback, as docker-machine's Boot2Docker is: it requires a client certificate signed by <paramref name="clientCa"/>.</summary>
    public ReplayEngine(string info, X509Certificate2 serverCertificate, X509Certificate2 clientCa)
    {
        _info = info;
        _version = "{}";
        _serverCertificate = serverCertificate;
        _clientCa = clientCa;
        SocketPath = string.Empty;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        Uri = new Uri("tcp://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndPoint!).Port);
        _ = Task.Run(AcceptLoop);
    }

    public string SocketPath { get; }
    public Uri Uri { get; }

    /// <summary>Client certificates the TLS engine accepted.</summary>
    public int AcceptedClients { get; private set; }
    public List<string> RequestedPaths { get; } = new();

    /// <summary>Completes when the first request has been read.</summary>
    public Task RequestReceived => _requestReceived.Task;

    /// <summary>Where <see cref="Behaviour.Redirect"/> sends the client.</summary>
    public string RedirectTo { get; set; } = "http://127.0.0.1:9/info";

    /// <summary>Lets a <see cref="Behaviour.AnswerWhenReleased"/> engine answer.</summary>
    public void Release() => _released.TrySetResult();

    public static string Payload(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "NotNative.Engine.Tests", "Payloads", name));

    /// <summary>A socket file with nothing listening behind it: connections are refused.</summary>
    public static string ClosedSocket()
    {
        var path = Path.Combine(Path.GetTempPath(), "nn-closed-" + Guid.NewGuid().ToString("N")[..10] + ".sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return path;
    }

    /// <summary>
    /// A loopback TCP port whose connect never completes: a listener that never accepts, its queue filled by
    /// <paramref name="held"/> connections, so the kernel drops further SYNs. Nothing leaves this machine.
    /// </summary>
    public static Uri UnacceptingTcpPort(List<Socket> held)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        held.Add(listener);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        for (var i = 0; i < 4; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
            try
            {
                filler.Connect(endpoint);
            }
            catch (SocketException)
            {
                // in progress, or dropped: either way it holds a place or shows the queue is full
            }

            held.Add(filler);
        }

        return new Uri("tcp://127.0.0.1:" + endpoint.Port);
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = Task.Run(() => Serve(connection));
        }
    }

    private async Task Serve(Socket connection)
    {
        try
        {
            Stream stream = new NetworkStream(connection, ownsSocket: false);
            if (_serverCertificate != null)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false, (_, certificate, _, _) => ValidClient(certificate));
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = _serverCertificate,
                    ClientCertificateRequired = true,
                }, _stop.Token);
                AcceptedClients++;
                stream = tls;
            }

            var buffer = new byte[16 * 1024];
            var received = new StringBuilder();
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            var requestLine = received.ToString().Split("\r\n")[0].Split(' ');
            var path = requestLine.Length > 1 ? requestLine[1] : "/";
            lock (RequestedPaths)
            {
                RequestedPaths.Add(path);
            }

            _requestReceived.TrySetResult();
            if (_behaviour == Behaviour.AnswerWhenReleased)
            {
                await _released.Task.WaitAsync(_stop.Token);
            }
            else if (_behaviour == Behaviour.Redirect)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 301 Moved Permanently\r\nLocation: {RedirectTo}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
                await stream.FlushAsync();
                stream.Dispose();
                connection.Dispose();
                return;
            }
            else if (_behaviour == Behaviour.EndlessChunked)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
                var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string(' ', 0x10000) + "\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes("1\r\n{\r\n"));
                while (!_stop.IsCancellationRequested)
                {
                    await stream.WriteAsync(chunk, _stop.Token); // ends when the client hangs up
                }

                return;
            }

            if (_behaviour == Behaviour.NeverAnswer)
            {
                lock (_held)
                {
                    _held.Add(connection); // accepted, read, never answered
                }

                return;
            }

            var route = System.Text.RegularExpressions.Regex.Replace(path, @"^/v[0-9.]+", string.Empty).Split('?')[0];
            var (status, body) = _behaviour switch
            {
                Behaviour.Http500 => ("500 Internal Server Error", "{\"message\":\"an error occurred in the engine\"}"),
                Behaviour.Garbage => ("200 OK", "<html>this is not the Engine API"),
                _ => route switch
                {
                    "/_ping" => ("200 OK", "OK"),
                    "/info" => ("200 OK", _info),
                    "/version" => ("200 OK", _version),
                    _ => ("404 Not Found", "{\"message\":\"page not found\"}"),
                },
            };
            var bytes = Encoding.UTF8.GetBytes(body);
            var head = $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nApi-Version: 1.41\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(bytes);
            await stream.FlushAsync();
            stream.Dispose();
            connection.Shutdown(SocketShutdown.Both);
            connection.Dispose();
        }
        catch (Exception)
        {
            connection.Dispose();
        }
    }

    private bool ValidClient(X509Certificate? certificate)
    {
        if (certificate == null || _clientCa == null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_clientCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        lock (_held)
        {
            foreach (var socket in _held)
            {
                socket.Dispose();
            }
        }

        if (SocketPath.Length > 0)
        {
            File.Delete(SocketPath);
        }
    }
}
