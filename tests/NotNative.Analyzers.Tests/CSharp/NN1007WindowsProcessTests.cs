using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1007WindowsProcessTests
{
    [Fact]
    public Task Windows_shells_and_executables_are_reported() => VerifyAsync<WindowsProcessAnalyzer>("""
        using System.Diagnostics;
        class C
        {
            void M()
            {
                Process.Start({|NN1007:"cmd.exe"|}, "/c dir");
                var info = new ProcessStartInfo({|NN1007:"powershell"|});
                var other = new ProcessStartInfo { FileName = {|NN1007:@"C:\tools\nuget.exe"|}, Arguments = "restore" };
                Process.Start({|NN1007:"COMMAND.COM"|}); // the shell list NN2004 uses (Semantics.WindowsPrograms)
            }
        }
        """);

    [Fact]
    public Task Linux_programs_are_not_reported() => VerifyAsync<WindowsProcessAnalyzer>("""
        using System.Diagnostics;
        class C
        {
            void M(string tool)
            {
                Process.Start("/bin/sh", "-c ls");
                Process.Start("pwsh", "-File build.ps1");
                Process.Start("dotnet", "tool.dll");
                Process.Start(tool);
            }
        }
        """);
}
