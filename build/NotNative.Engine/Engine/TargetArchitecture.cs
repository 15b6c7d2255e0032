namespace NotNative.Engine.Engine;

/// <summary>
/// The architecture the image is built for, in Docker's name (<c>amd64</c>, <c>arm64</c>), and where that was said
/// (<c>NotNativeTargetPlatform 'linux/amd64'</c>, <c>ContainerRuntimeIdentifier 'linux-x64'</c>), for messages.
/// Resolved once by <see cref="EngineCheckSettings.TryResolveTargetArchitecture"/>.
/// </summary>
public sealed record TargetArchitecture(string Name, string Source);
