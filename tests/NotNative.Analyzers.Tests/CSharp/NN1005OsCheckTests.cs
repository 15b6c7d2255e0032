using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.OsCheckAsEnvironmentCheckAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1005OsCheckTests
{
    [Fact]
    public Task OS_checks_choosing_hosts_endpoints_or_throwing_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Runtime.InteropServices;
        class C
        {
            string Host() => {|#0:OperatingSystem.IsWindows()|} ? "localhost" : "host.docker.internal";

            string Db()
            {
                if ({|#1:RuntimeInformation.IsOSPlatform(OSPlatform.OSX)|})
                {
                    return "Host=localhost;Database=orders";
                }

                return "Host=db;Database=orders";
            }

            void Start()
            {
                if ({|#2:Environment.OSVersion.Platform|} == PlatformID.Win32NT) { }
                else throw new PlatformNotSupportedException();
            }
        }
        """,
        Verify.Diagnostic("NN1005").WithLocation(0).WithArguments("OperatingSystem.IsWindows()", "the host name"),
        Verify.Diagnostic("NN1005").WithLocation(1),
        Verify.Diagnostic("NN1005").WithLocation(2));

    [Fact]
    public Task Ordinary_cross_platform_code_is_not_reported() => Verify.VerifyAsync("""
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
