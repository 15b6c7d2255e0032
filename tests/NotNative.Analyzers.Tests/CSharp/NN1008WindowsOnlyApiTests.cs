using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.WindowsOnlyApiAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1008WindowsOnlyApiTests
{
    private static readonly IReadOnlyDictionary<string, string> WindowsTfmInLinuxContainer = BuildProperties.LinuxContainer.With("TargetPlatformIdentifier", "windows");

    [Fact]
    public Task Windows_only_APIs_are_reported_where_CA1416_is_silent() => Verify.VerifyAsync("""
        using Microsoft.Win32;
        class C
        {
            RegistryKey? M()
            {
                var root = {|#0:Registry.LocalMachine|};
                return {|#1:root.OpenSubKey("SOFTWARE")|};
            }
        }
        """, WindowsTfmInLinuxContainer,
        Verify.Diagnostic("NN1008").WithLocation(0).WithArguments("Registry.LocalMachine", "Microsoft.Win32.Registry"),
        Verify.Diagnostic("NN1008").WithLocation(1));

    [Fact]
    public Task Guarded_calls_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Runtime.Versioning;
        using Microsoft.Win32;
        class C
        {
            string? M() => OperatingSystem.IsWindows() ? Registry.LocalMachine.OpenSubKey("SOFTWARE\\App")?.GetValue("Path") as string : null;

            [SupportedOSPlatform("windows")]
            object? N() => Registry.CurrentUser.OpenSubKey("x");
        }
        """, WindowsTfmInLinuxContainer);

    [Fact]
    public Task A_net_windows_project_s_assembly_attribute_is_not_a_guard() => Verify.VerifyAsync("""
        using Microsoft.Win32;
        [assembly: System.Runtime.Versioning.SupportedOSPlatform("Windows7.0")]
        class C
        {
            object? M()
            {
                var root = {|#0:Registry.LocalMachine|};
                return {|#1:root.OpenSubKey("SOFTWARE")|};
            }

            string Own() => Helper();
            static string Helper() => "its own code is not Windows-only";
        }
        """, WindowsTfmInLinuxContainer,
        Verify.Diagnostic("NN1008").WithLocation(0).WithArguments("Registry.LocalMachine", "Microsoft.Win32.Registry"),
        Verify.Diagnostic("NN1008").WithLocation(1));

    [Fact]
    public Task CA1416_s_ground_is_left_to_CA1416() => Verify.VerifyAsync("""
        using Microsoft.Win32;
        class C
        {
            object? M() => Registry.LocalMachine.OpenSubKey("SOFTWARE\\App");
        }
        """);
}
