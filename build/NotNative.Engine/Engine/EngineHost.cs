namespace NotNative.Engine.Engine;

/// <summary>What kind of machine runs the engine.</summary>
public enum EngineHost
{
    NativeLinux,
    WindowsServer,
    DockerDesktop,
    DockerMachine,
    LegacyDesktopVm,
}
