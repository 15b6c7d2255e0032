namespace NotNative.Engine.Files;

/// <summary>What a path names, links followed (<see cref="UserFileReader.KindOf"/>).</summary>
public enum UserFileKind
{
    Missing,
    Regular,
    Directory,
    Other,
}
