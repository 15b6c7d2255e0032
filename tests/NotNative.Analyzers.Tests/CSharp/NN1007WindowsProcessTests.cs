using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.WindowsProcessAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1007WindowsProcessTests
{
    [Fact]
    public Task Windows_shells_and_executables_are_reported() => Verify.VerifyAsync("""
        using System.Diagnostics;
        class C
        {
            void M()
            {
                Process.Start({|#0:"cmd.exe"|}, "/c dir");
                var info = new ProcessStartInfo({|#1:"powershell"|});
                var other = new ProcessStartInfo { FileName = {|#2:@"C:\tools\nuget.exe"|}, Arguments = "restore" };
                Process.Start({|#3:"COMMAND.COM"|}); // the shell list NN2004 uses (Semantics.WindowsPrograms)
            }
        }
        """,
        Verify.Diagnostic("NN1007").WithLocation(0).WithArguments("cmd.exe"),
        Verify.Diagnostic("NN1007").WithLocation(1).WithArguments("powershell"),
        Verify.Diagnostic("NN1007").WithLocation(2).WithArguments(@"C:\tools\nuget.exe"),
        Verify.Diagnostic("NN1007").WithLocation(3).WithArguments("COMMAND.COM"));

    [Fact]
    public Task Linux_programs_are_not_reported() => Verify.VerifyAsync("""
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
