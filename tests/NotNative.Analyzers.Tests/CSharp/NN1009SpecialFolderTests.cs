using NotNative.Analyzers.CSharp;
using NotNative.CodeFixes;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1009SpecialFolderTests
{
    [Fact]
    public Task Folders_empty_in_a_container_are_reported() => VerifyAsync<SpecialFolderAnalyzer>("""
        using System;
        class C
        {
            void M()
            {
                var a = {|NN1009:Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles)|};
                var b = {|NN1009:Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)|};
                var c = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create);
                var d = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                var e = Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData);
            }
        }
        """);

    [Fact]
    public Task Fix_passes_SpecialFolderOption_Create() => VerifyFixAsync<SpecialFolderAnalyzer, SpecialFolderCodeFixProvider>(
        "using System;\nclass C { string M() => Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData); }\n",
        "using System;\nclass C { string M() => Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create); }\n");
}
