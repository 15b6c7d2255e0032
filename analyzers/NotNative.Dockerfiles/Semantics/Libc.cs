namespace NotNative.Dockerfiles.Semantics;

/// <summary>The C library of a Linux image or a .NET runtime identifier: glibc (<c>linux-x64</c>, Debian, Ubuntu) or musl (<c>linux-musl-x64</c>, Alpine).</summary>
public enum Libc
{
    Unknown,
    Glibc,
    Musl,
}
