using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.BackslashPathSeparatorAnalyzer>;
using VerifyFix = NotNative.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<NotNative.Analyzers.CSharp.BackslashPathSeparatorAnalyzer, NotNative.CodeFixes.PathLiteralCodeFixProvider>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1003BackslashSeparatorTests
{
    [Fact]
    public Task Backslash_separators_are_reported() => Verify.VerifyAsync("""
        using System.IO;
        class C
        {
            void M(string root)
            {
                File.ReadAllText({|#0:"config\\appsettings.json"|});
                Path.Combine(root, {|#1:@"wwwroot\css\site.css"|});
                File.ReadAllText({|#2:$@"{root}\logs\app.log"|});
                File.ReadAllText("config/appsettings.json");
                File.ReadAllText("line\nbreak");
            }
        }
        """,
        Verify.Diagnostic("NN1003").WithLocation(0).WithArguments(@"config\appsettings.json"),
        Verify.Diagnostic("NN1003").WithLocation(1),
        Verify.Diagnostic("NN1003").WithLocation(2));

    [Fact]
    public Task Fix_turns_backslashes_into_slashes_for_the_whole_document() => VerifyFix.VerifyFixAsync("""
        using System.IO;
        class C
        {
            void M()
            {
                File.ReadAllText({|#0:"config\\appsettings.json"|}); // keep this comment
                File.ReadAllText({|#1:@"wwwroot\css\site.css"|});
            }
        }
        """,
        new[] { VerifyFix.Diagnostic("NN1003").WithLocation(0), VerifyFix.Diagnostic("NN1003").WithLocation(1) },
        """
        using System.IO;
        class C
        {
            void M()
            {
                File.ReadAllText("config/appsettings.json"); // keep this comment
                File.ReadAllText(@"wwwroot/css/site.css");
            }
        }
        """);

    [Fact]
    public Task Fix_all_in_the_project() => VerifyFix.VerifyFixAsync(
        "using System.IO;\nclass C { void M() { File.ReadAllText({|#0:\"a\\\\b.txt\"|}); File.ReadAllText({|#1:\"c\\\\d.txt\"|}); } }\n",
        new[] { VerifyFix.Diagnostic("NN1003").WithLocation(0), VerifyFix.Diagnostic("NN1003").WithLocation(1) },
        "using System.IO;\nclass C { void M() { File.ReadAllText(\"a/b.txt\"); File.ReadAllText(\"c/d.txt\"); } }\n");
}
