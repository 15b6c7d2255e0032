using System.Net.Sockets;
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
    }

    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly string _info;
    private readonly string _version;
    private readonly Behaviour _behaviour;
    private readonly List<Socket> _held = new();

    public ReplayEngine(string info, string? version = null, Behaviour behaviour = Behaviour.Answer)
    {
        _info = info;
        _version = version ?? "{\"Os\":\"\",\"Arch\":\"\",\"Version\":\"\"}";
        _behaviour = behaviour;
        SocketPath = Path.Combine(Path.GetTempPath(), "nn-" + Guid.NewGuid().ToString("N")[..10] + ".sock");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        _listener.Listen(16);
        _ = Task.Run(AcceptLoop);
    }

    public string SocketPath { get; }
    public Uri Uri => new("unix://" + SocketPath);
    public List<string> RequestedPaths { get; } = new();

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
            var buffer = new byte[16 * 1024];
            var received = new StringBuilder();
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await connection.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
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
            await connection.SendAsync(Encoding.ASCII.GetBytes(head), SocketFlags.None);
            await connection.SendAsync(bytes, SocketFlags.None);
            connection.Shutdown(SocketShutdown.Both);
            connection.Dispose();
        }
        catch (Exception)
        {
            connection.Dispose();
        }
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

        File.Delete(SocketPath);
    }
}
