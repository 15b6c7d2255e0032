using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Analyzers.CSharp;
using NotNative.Analyzers.Tests.Verifiers;
using HostPath = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.HostPathLiteralAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

/// <summary>Code that runs only on Windows or macOS, by the guards CA1416 honours, is correct cross-platform code: NN1001-NN1009 leave it alone.</summary>
public class OsGuardTests
{
    private const string Guarded = """
        using System;
        using System.Diagnostics;
        using System.IO;
        using System.Runtime.InteropServices;
        using System.Runtime.Versioning;
        class C
        {
            string A() => OperatingSystem.IsWindows() ? File.ReadAllText(@"C:\data\a.json") : File.ReadAllText("/data/a.json");

            void B()
            {
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) { File.ReadAllText(@"config\b.json"); }
                else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) { File.ReadAllText("/Users/dev/b.json"); }
                if (Environment.OSVersion.Platform == PlatformID.Win32NT) Process.Start("cmd.exe", "/c dir");
                if (!OperatingSystem.IsLinux()) File.ReadAllText(@"D:\b.json");
                if (OperatingSystem.IsLinux()) { } else { File.ReadAllText(@"E:\b.json"); }
                var ok = OperatingSystem.IsMacOS() && File.Exists("/Volumes/work/b.db");
                var folder = OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles) : "/opt";
                var host = OperatingSystem.IsMacOS() ? "host.docker.internal" : "db";
                if (OperatingSystem.IsWindows()) Microsoft.Win32.Registry.LocalMachine.OpenSubKey("SOFTWARE");
            }

            void EarlyReturn()
            {
                if (!OperatingSystem.IsWindows())
                {
                    return;
                }

                File.ReadAllText(@"C:\data\c.json");
            }

            void EarlyThrow()
            {
                if (Environment.OSVersion.Platform != PlatformID.Win32NT) throw new PlatformNotSupportedException();
                File.ReadAllText(@"C:\data\d.json");
            }

            void Asserted()
            {
                Debug.Assert(OperatingSystem.IsWindows());
                File.ReadAllText(@"C:\data\e.json");
            }

            [SupportedOSPlatform("windows")]
            void Member() => File.ReadAllText(@"C:\data\f.json");

            [SupportedOSPlatform("windows")]
            class WindowsOnly
            {
                void M() { File.ReadAllText(@"C:\data\g.json"); Process.Start("powershell.exe"); }
            }
        }
        """;

    public static TheoryData<string> ContainerRules() => new()
    {
        nameof(HostPathLiteralAnalyzer), nameof(BackslashPathSeparatorAnalyzer), nameof(WindowsProcessAnalyzer), nameof(SpecialFolderAnalyzer),
        nameof(DesktopHostNameAnalyzer), nameof(FileNameCaseMismatchAnalyzer), nameof(WindowsOnlyApiAnalyzer),
    };

    [Theory]
    [MemberData(nameof(ContainerRules))]
    public Task Guarded_code_is_not_reported(string analyzerName) => analyzerName switch
    {
        nameof(HostPathLiteralAnalyzer) => NothingReportedAsync<HostPathLiteralAnalyzer>(),
        nameof(BackslashPathSeparatorAnalyzer) => NothingReportedAsync<BackslashPathSeparatorAnalyzer>(),
        nameof(WindowsProcessAnalyzer) => NothingReportedAsync<WindowsProcessAnalyzer>(),
        nameof(SpecialFolderAnalyzer) => NothingReportedAsync<SpecialFolderAnalyzer>(),
        nameof(DesktopHostNameAnalyzer) => NothingReportedAsync<DesktopHostNameAnalyzer>(),
        nameof(FileNameCaseMismatchAnalyzer) => NothingReportedAsync<FileNameCaseMismatchAnalyzer>(),
        nameof(WindowsOnlyApiAnalyzer) => NothingReportedAsync<WindowsOnlyApiAnalyzer>(),
        _ => throw new ArgumentOutOfRangeException(nameof(analyzerName)),
    };

    private static Task NothingReportedAsync<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        CSharpAnalyzerVerifier<TAnalyzer>.VerifyAsync(Guarded, BuildProperties.LinuxContainer.With("NotNativeProjectFiles", "B.json").With("TargetPlatformIdentifier", "windows"));

    [Fact]
    public Task Checks_that_let_Linux_through_are_not_guards() => HostPath.VerifyAsync("""
        using System;
        using System.IO;
        using System.Runtime.InteropServices;
        using System.Runtime.Versioning;
        class C
        {
            void M()
            {
                if (OperatingSystem.IsLinux()) File.ReadAllText({|#0:@"C:\a.json"|});
                if (!OperatingSystem.IsWindows()) File.ReadAllText({|#1:@"C:\b.json"|});
                if (OperatingSystem.IsWindows() || OperatingSystem.IsLinux()) File.ReadAllText({|#2:@"C:\c.json"|});
                if (Environment.OSVersion.Platform == PlatformID.Unix) File.ReadAllText({|#3:"/Users/dev/d.json"|});
                if (OperatingSystem.IsWindows()) { } else { File.ReadAllText({|#4:@"C:\e.json"|}); }
            }

            void AfterAReturnOnWindows()
            {
                if (OperatingSystem.IsWindows()) return;
                File.ReadAllText({|#5:@"C:\f.json"|});
            }

            [SupportedOSPlatform("linux")]
            [SupportedOSPlatform("windows")]
            void Both() => File.ReadAllText({|#6:@"C:\g.json"|});
        }
        """,
        HostPath.Diagnostic("NN1001").WithLocation(0).WithArguments(@"C:\a.json", "DockerDefaultTargetOS=Linux"),
        HostPath.Diagnostic("NN1001").WithLocation(1).WithArguments(@"C:\b.json", "DockerDefaultTargetOS=Linux"),
        HostPath.Diagnostic("NN1001").WithLocation(2).WithArguments(@"C:\c.json", "DockerDefaultTargetOS=Linux"),
        HostPath.Diagnostic("NN1002").WithLocation(3).WithArguments("/Users/dev/d.json", "DockerDefaultTargetOS=Linux"),
        HostPath.Diagnostic("NN1001").WithLocation(4).WithArguments(@"C:\e.json", "DockerDefaultTargetOS=Linux"),
        HostPath.Diagnostic("NN1001").WithLocation(5).WithArguments(@"C:\f.json", "DockerDefaultTargetOS=Linux"),
        HostPath.Diagnostic("NN1001").WithLocation(6).WithArguments(@"C:\g.json", "DockerDefaultTargetOS=Linux"));
}
