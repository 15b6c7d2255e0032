namespace NotNative.Engine.Engine;

/// <summary>An answer the probe will not take (a redirect, an endless body); the message says why.</summary>
internal sealed class EngineAnswerRefusedException : Exception
{
    public EngineAnswerRefusedException(string message)
        : base(message)
    {
    }
}
