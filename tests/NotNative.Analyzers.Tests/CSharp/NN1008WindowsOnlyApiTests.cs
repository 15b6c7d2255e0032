using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1008WindowsOnlyApiTests
{
    private static readonly Dictionary<string, string> WindowsTfmInLinuxContainer = new()
    {
        ["build_property.DockerDefaultTargetOS"] = "Linux",
        ["build_property.TargetPlatformIdentifier"] = "windows",
    };

    [Fact]
    public Task Windows_only_APIs_are_reported_where_CA1416_is_silent() => VerifyAsync<WindowsOnlyApiAnalyzer>("""
        using Microsoft.Win32;
        class C
        {
            RegistryKey? M()
            {
                var root = {|NN1008:Registry.LocalMachine|};
                return {|NN1008:root.OpenSubKey("SOFTWARE")|};
            }
        }
        """, WindowsTfmInLinuxContainer);

    [Fact]
    public Task Guarded_calls_are_not_reported() => VerifyAsync<WindowsOnlyApiAnalyzer>("""
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
    public Task A_net_windows_project_s_assembly_attribute_is_not_a_guard() => VerifyAsync<WindowsOnlyApiAnalyzer>("""
        using Microsoft.Win32;
        [assembly: System.Runtime.Versioning.SupportedOSPlatform("Windows7.0")]
        class C
        {
            object? M()
            {
                var root = {|NN1008:Registry.LocalMachine|};
                return {|NN1008:root.OpenSubKey("SOFTWARE")|};
            }

            string Own() => Helper();
            static string Helper() => "its own code is not Windows-only";
        }
        """, WindowsTfmInLinuxContainer);

    [Fact]
    public Task CA1416_s_ground_is_left_to_CA1416() => VerifyAsync<WindowsOnlyApiAnalyzer>("""
        using Microsoft.Win32;
        class C
        {
            object? M() => Registry.LocalMachine.OpenSubKey("SOFTWARE\\App");
        }
        """);
}
