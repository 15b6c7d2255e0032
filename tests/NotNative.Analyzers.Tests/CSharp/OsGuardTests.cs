using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

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
    public async Task Guarded_code_is_not_reported(string analyzerName)
    {
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(typeof(HostPathLiteralAnalyzer).Assembly.GetType("NotNative.Analyzers.CSharp." + analyzerName)!)!;
        var properties = new Dictionary<string, string>(LinuxContainer) { ["build_property.NotNativeProjectFiles"] = "B.json", ["build_property.TargetPlatformIdentifier"] = "windows" };
        Assert.Empty(await DiagnosticsAsync(CreateProject(Guarded, properties), analyzer));
    }

    [Fact]
    public Task Checks_that_let_Linux_through_are_not_guards() => VerifyAsync<HostPathLiteralAnalyzer>("""
        using System;
        using System.IO;
        using System.Runtime.InteropServices;
        using System.Runtime.Versioning;
        class C
        {
            void M()
            {
                if (OperatingSystem.IsLinux()) File.ReadAllText({|NN1001:@"C:\a.json"|});
                if (!OperatingSystem.IsWindows()) File.ReadAllText({|NN1001:@"C:\b.json"|});
                if (OperatingSystem.IsWindows() || OperatingSystem.IsLinux()) File.ReadAllText({|NN1001:@"C:\c.json"|});
                if (Environment.OSVersion.Platform == PlatformID.Unix) File.ReadAllText({|NN1002:"/Users/dev/d.json"|});
                if (OperatingSystem.IsWindows()) { } else { File.ReadAllText({|NN1001:@"C:\e.json"|}); }
            }

            void AfterAReturnOnWindows()
            {
                if (OperatingSystem.IsWindows()) return;
                File.ReadAllText({|NN1001:@"C:\f.json"|});
            }

            [SupportedOSPlatform("linux")]
            [SupportedOSPlatform("windows")]
            void Both() => File.ReadAllText({|NN1001:@"C:\g.json"|});
        }
        """);
}
