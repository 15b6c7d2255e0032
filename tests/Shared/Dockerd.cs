using System.Diagnostics;
using System.Net.Sockets;

namespace NotNative.Tests;

/// <summary>
/// A real Docker engine for the tests: Debian's dockerd on a private socket, data root and exec root, started
/// once per test run when it is installed and we are root (CI installs it). Tests that need it use
/// <see cref="DockerdFactAttribute"/> and are skipped with the reason elsewhere.
/// </summary>
public static class Dockerd
{
    private static readonly Lazy<string?> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string? UnavailableReason { get; private set; }

    /// <summary>unix:// URI of the running engine, or null (see <see cref="UnavailableReason"/>).</summary>
    public static string? SocketUri => Started.Value is { } path ? "unix://" + path : null;

    private static string? Start()
    {
        var dockerd = new[] { "/usr/sbin/dockerd", "/usr/bin/dockerd" }.FirstOrDefault(File.Exists);
        if (dockerd == null)
        {
            UnavailableReason = "dockerd is not installed (apt-get install docker.io; .ci/run does)";
            return null;
        }

        if (Environment.UserName != "root")
        {
            UnavailableReason = "dockerd needs root here";
            return null;
        }

        // Short paths: a Unix socket path must stay under 108 bytes.
        var root = Path.Combine("/tmp", "nn-dockerd-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        var socket = Path.Combine(root, "docker.sock");
        var start = new ProcessStartInfo(dockerd)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     "--data-root", Path.Combine(root, "data"), "--exec-root", Path.Combine(root, "exec"), "-H", "unix://" + socket,
                     "--pidfile", Path.Combine(root, "docker.pid"), "--iptables=false", "--ip-masq=false", "--bridge=none",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }
        };

        // Ready when the socket accepts a connection (under a second here); give up after 30 s.
        for (var attempt = 0; attempt < 300 && !process.HasExited; attempt++)
        {
            if (File.Exists(socket))
            {
                try
                {
                    using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    probe.Connect(new UnixDomainSocketEndPoint(socket));
                    return socket;
                }
                catch (SocketException)
                {
                }
            }

            Thread.Sleep(100);
        }

        UnavailableReason = process.HasExited ? $"dockerd exited with {process.ExitCode}" : "dockerd did not open its socket within 30 s";
        return null;
    }
}

/// <summary>A test that talks to the real dockerd; skipped, with the reason, where it cannot start.</summary>
public sealed class DockerdFactAttribute : FactAttribute
{
    public DockerdFactAttribute()
    {
        if (Dockerd.SocketUri == null)
        {
            Skip = "No real Docker engine: " + Dockerd.UnavailableReason;
        }
    }
}
