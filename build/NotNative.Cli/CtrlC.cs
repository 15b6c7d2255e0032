namespace NotNative.Cli;

/// <summary>
/// Ctrl+C while it is held cancels <see cref="Token"/> instead of killing the process, so a wait for the engine ends at
/// once and the command can say "cancelled" and exit 130 (the shell's 128 + SIGINT) itself.
/// </summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();

    public CtrlC() => Console.CancelKeyPress += OnCancelKeyPress;

    public CancellationToken Token => _cancel.Token;

    public bool Pressed => _cancel.IsCancellationRequested;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _cancel.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _cancel.Cancel();
    }
}
