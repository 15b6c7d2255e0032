using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1005OsCheckTests
{
    [Fact]
    public Task OS_checks_choosing_hosts_endpoints_or_throwing_are_reported() => VerifyAsync<OsCheckAsEnvironmentCheckAnalyzer>("""
        using System;
        using System.Runtime.InteropServices;
        class C
        {
            string Host() => {|NN1005:OperatingSystem.IsWindows()|} ? "localhost" : "host.docker.internal";

            string Db()
            {
                if ({|NN1005:RuntimeInformation.IsOSPlatform(OSPlatform.OSX)|})
                {
                    return "Host=localhost;Database=orders";
                }

                return "Host=db;Database=orders";
            }

            void Start()
            {
                if ({|NN1005:Environment.OSVersion.Platform|} == PlatformID.Win32NT) { }
                else throw new PlatformNotSupportedException();
            }
        }
        """);

    [Fact]
    public Task Ordinary_cross_platform_code_is_not_reported() => VerifyAsync<OsCheckAsEnvironmentCheckAnalyzer>("""
        using System;
        using System.IO;
        class C
        {
            string Shell() => OperatingSystem.IsWindows() ? "cmd.exe" : "/bin/sh";
            string Data() => OperatingSystem.IsWindows() ? @"C:\ProgramData\app" : "/var/lib/app";
            char Separator() => OperatingSystem.IsWindows() ? ';' : ':';
            void Log() { if (OperatingSystem.IsLinux()) Console.WriteLine("Running on Linux"); }
        }
        """);
}
