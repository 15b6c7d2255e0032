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

    [Fact]
    public Task Home_folders_that_a_container_image_lacks_are_reported() => VerifyAsync<SpecialFolderAnalyzer>("""
        using System;
        using static System.Environment;
        class C
        {
            void M()
            {
                // $HOME/Desktop, $HOME/Music, ...: "" unless the folder exists (the runtime's Unix GetFolderPath checks).
                var a = {|NN1009:GetFolderPath(SpecialFolder.Desktop)|};
                var b = {|NN1009:GetFolderPath(SpecialFolder.DesktopDirectory)|};
                var c = {|NN1009:GetFolderPath(SpecialFolder.MyMusic)|};
                var d = {|NN1009:GetFolderPath(SpecialFolder.MyPictures)|};
                var e = {|NN1009:GetFolderPath(SpecialFolder.MyVideos)|};
                var f = {|NN1009:GetFolderPath(SpecialFolder.Templates)|};
                var g = {|NN1009:GetFolderPath(SpecialFolder.Fonts)|};
                // No Linux path at all.
                var h = {|NN1009:GetFolderPath(SpecialFolder.Favorites)|};
                // $HOME itself, /usr/share, or created on demand: fine.
                var i = GetFolderPath(SpecialFolder.MyDocuments);
                var j = GetFolderPath(SpecialFolder.Personal);
                var k = GetFolderPath(SpecialFolder.Desktop, SpecialFolderOption.Create);
                var l = GetFolderPath(SpecialFolder.MyPictures, SpecialFolderOption.DoNotVerify);
            }
        }
        """);

    [Fact]
    public Task Fix_creates_a_home_folder_too() => VerifyFixAsync<SpecialFolderAnalyzer, SpecialFolderCodeFixProvider>(
        "using System;\nclass C { string M() => Environment.GetFolderPath(Environment.SpecialFolder.Desktop) + Environment.GetFolderPath(Environment.SpecialFolder.MyMusic, Environment.SpecialFolderOption.None); }\n",
        "using System;\nclass C { string M() => Environment.GetFolderPath(Environment.SpecialFolder.Desktop, Environment.SpecialFolderOption.Create) + Environment.GetFolderPath(Environment.SpecialFolder.MyMusic, Environment.SpecialFolderOption.Create); }\n");
}
