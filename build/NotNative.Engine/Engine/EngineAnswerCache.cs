namespace NotNative.Engine.Engine;

/// <summary>
/// Engine answers for the length of one build, keyed by endpoint: many projects in one build ask once.
/// The MSBuild task keeps it with RegisterTaskObject(Build), so nothing survives into the next build. MSBuild keeps
/// such objects per node process: a build with -m:N asks once per worker node that checks a project, not once in all.
/// The shared probe is bounded only by its timeout; each caller waits with its own token, so a cancelled project
/// stops waiting at once and leaves the answer for the next. A faulted or cancelled probe is never handed out again.
/// </summary>
public sealed class EngineAnswerCache
{
    private readonly Dictionary<string, Task<ProbeResult>> _answers = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public Task<ProbeResult> GetOrProbe(EngineEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var key = endpoint.Display + "|" + endpoint.Tls?.Verify + "|" + endpoint.Tls?.CertificateDirectory;
        Task<ProbeResult> answer;
        lock (_gate)
        {
            if (!_answers.TryGetValue(key, out answer!) || answer.IsFaulted || answer.IsCanceled)
            {
                // On the thread pool: the client's first use (JIT, loading) must not block the caller.
                answer = Task.Run(() => EngineProbe.ProbeAsync(endpoint, timeout, CancellationToken.None));
                _answers[key] = answer;
                _ = answer.ContinueWith(Forget, key, CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        return answer.WaitAsync(cancellationToken);
    }

    private void Forget(Task<ProbeResult> failed, object? key)
    {
        lock (_gate)
        {
            if (_answers.TryGetValue((string)key!, out var current) && current == failed)
            {
                _answers.Remove((string)key!);
            }
        }
    }
}
