using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// A language server over stdio: JSON-RPC messages with Content-Length headers. Requests the server sends are
/// answered here (workspace/configuration with the given settings, anything else with null), so the server never
/// waits on the client.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Func<string, JsonNode?> _configuration;
    private readonly object _writeGate = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private int _nextId;

    /// <param name="configuration">The answer to workspace/configuration for a section name.</param>
    public LanguageServer(string program, string workingDirectory, Func<string, JsonNode?> configuration)
    {
        _configuration = configuration;
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The server's design-time builds must not leave MSBuild nodes behind.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        _process = Process.Start(start)!;
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadMessages);
    }

    /// <summary>What the server wrote to standard error, for a failure message.</summary>
    public string ErrorOutput
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public async Task<JsonElement> RequestAsync(string method, object? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });
        JsonElement response;
        try
        {
            response = await answer.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{method}: no answer in {timeout}. The server's standard error:\n{ErrorOutput}");
        }

        if (response.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method} failed: {error}");
        }

        return response.GetProperty("result");
    }

    public void Notify(string method, object? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });

    public async Task ShutdownAsync(TimeSpan timeout)
    {
        await RequestAsync("shutdown", null, timeout);
        Notify("exit", null);
        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        // The reader ends with the server's output.
        _reader.Wait(TimeSpan.FromSeconds(30));
        _process.Dispose();
    }

    private void Send(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_writeGate)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private async Task ReadMessages()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessage(output) is { } message)
            {
                var root = message.RootElement;
                var isRequest = root.TryGetProperty("method", out var method);
                var hasId = root.TryGetProperty("id", out var id);
                if (isRequest && hasId)
                {
                    Answer(id, method.GetString()!, root.TryGetProperty("params", out var p) ? p : default);
                }
                else if (!isRequest && hasId && id.ValueKind == JsonValueKind.Number && _pending.TryRemove(id.GetInt32(), out var answer))
                {
                    answer.TrySetResult(root.Clone());
                }
            }
        }
        catch (IOException)
        {
            // The server ended.
        }

        foreach (var answer in _pending.Values)
        {
            answer.TrySetException(new IOException("the language server ended:\n" + ErrorOutput));
        }
    }

    private void Answer(JsonElement id, string method, JsonElement parameters)
    {
        JsonNode? result = null;
        if (method == "workspace/configuration")
        {
            var items = new JsonArray();
            foreach (var item in parameters.GetProperty("items").EnumerateArray())
            {
                items.Add(_configuration(item.TryGetProperty("section", out var section) ? section.GetString() ?? string.Empty : string.Empty));
            }

            result = items;
        }

        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result });
    }

    private static async Task<JsonDocument?> ReadMessage(Stream stream)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLine(stream);
            if (line == null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonDocument.Parse(body);
    }

    private static async Task<string?> ReadHeaderLine(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
