using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.SpecialFolderAnalyzer>;
using VerifyFix = NotNative.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<NotNative.Analyzers.CSharp.SpecialFolderAnalyzer, NotNative.CodeFixes.SpecialFolderCodeFixProvider>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1009SpecialFolderTests
{
    [Fact]
    public Task Folders_empty_in_a_container_are_reported() => Verify.VerifyAsync("""
        using System;
        class C
        {
            void M()
            {
                var a = {|#0:Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles)|};
                var b = {|#1:Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)|};
                var c = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create);
                var d = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                var e = Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData);
            }
        }
        """,
        Verify.Diagnostic("NN1009").WithLocation(0).WithArguments("ProgramFiles", "is empty on Linux", "use a path from configuration or relative to AppContext.BaseDirectory"),
        Verify.Diagnostic("NN1009").WithLocation(1));

    [Fact]
    public Task Fix_passes_SpecialFolderOption_Create() => VerifyFix.VerifyFixAsync(
        "using System;\nclass C { string M() => {|#0:Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)|}; }\n",
        new[] { VerifyFix.Diagnostic("NN1009").WithLocation(0) },
        "using System;\nclass C { string M() => Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create); }\n");

    [Fact]
    public Task Home_folders_that_a_container_image_lacks_are_reported() => Verify.VerifyAsync("""
        using System;
        using static System.Environment;
        class C
        {
            void M()
            {
                // $HOME/Desktop, $HOME/Music, ...: "" unless the folder exists (the runtime's Unix GetFolderPath checks).
                var a = {|#0:GetFolderPath(SpecialFolder.Desktop)|};
                var b = {|#1:GetFolderPath(SpecialFolder.DesktopDirectory)|};
                var c = {|#2:GetFolderPath(SpecialFolder.MyMusic)|};
                var d = {|#3:GetFolderPath(SpecialFolder.MyPictures)|};
                var e = {|#4:GetFolderPath(SpecialFolder.MyVideos)|};
                var f = {|#5:GetFolderPath(SpecialFolder.Templates)|};
                var g = {|#6:GetFolderPath(SpecialFolder.Fonts)|};
                // No Linux path at all.
                var h = {|#7:GetFolderPath(SpecialFolder.Favorites)|};
                // $HOME itself, /usr/share, or created on demand: fine.
                var i = GetFolderPath(SpecialFolder.MyDocuments);
                var j = GetFolderPath(SpecialFolder.Personal);
                var k = GetFolderPath(SpecialFolder.Desktop, SpecialFolderOption.Create);
                var l = GetFolderPath(SpecialFolder.MyPictures, SpecialFolderOption.DoNotVerify);
            }
        }
        """,
        Verify.Diagnostic("NN1009").WithLocation(0).WithArguments("Desktop", "is empty when the folder does not exist, as in a fresh container", "pass Environment.SpecialFolderOption.Create, or use a configured path"),
        Verify.Diagnostic("NN1009").WithLocation(1),
        Verify.Diagnostic("NN1009").WithLocation(2),
        Verify.Diagnostic("NN1009").WithLocation(3),
        Verify.Diagnostic("NN1009").WithLocation(4),
        Verify.Diagnostic("NN1009").WithLocation(5),
        Verify.Diagnostic("NN1009").WithLocation(6),
        Verify.Diagnostic("NN1009").WithLocation(7));

    [Fact]
    public Task Fix_creates_a_home_folder_too() => VerifyFix.VerifyFixAsync(
        "using System;\nclass C { string M() => {|#0:Environment.GetFolderPath(Environment.SpecialFolder.Desktop)|} + {|#1:Environment.GetFolderPath(Environment.SpecialFolder.MyMusic, Environment.SpecialFolderOption.None)|}; }\n",
        new[] { VerifyFix.Diagnostic("NN1009").WithLocation(0), VerifyFix.Diagnostic("NN1009").WithLocation(1) },
        "using System;\nclass C { string M() => Environment.GetFolderPath(Environment.SpecialFolder.Desktop, Environment.SpecialFolderOption.Create) + Environment.GetFolderPath(Environment.SpecialFolder.MyMusic, Environment.SpecialFolderOption.Create); }\n");
}
