namespace NotNative.Engine.Engine;

/// <summary>auto: report problems mildly and go on; required: no answer is an error; off: do not ask.</summary>
public enum EngineCheckMode
{
    Auto,
    Required,
    Off,
}
