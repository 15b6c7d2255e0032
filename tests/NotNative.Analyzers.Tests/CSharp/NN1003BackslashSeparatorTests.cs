using NotNative.Analyzers.CSharp;
using NotNative.CodeFixes;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1003BackslashSeparatorTests
{
    [Fact]
    public Task Backslash_separators_are_reported() => VerifyAsync<BackslashPathSeparatorAnalyzer>("""
        using System.IO;
        class C
        {
            void M(string root)
            {
                File.ReadAllText({|NN1003:"config\\appsettings.json"|});
                Path.Combine(root, {|NN1003:@"wwwroot\css\site.css"|});
                File.ReadAllText({|NN1003:$@"{root}\logs\app.log"|});
                File.ReadAllText("config/appsettings.json");
                File.ReadAllText("line\nbreak");
            }
        }
        """);

    [Fact]
    public Task Fix_turns_backslashes_into_slashes_for_the_whole_document() =>
        VerifyFixAsync<BackslashPathSeparatorAnalyzer, PathLiteralCodeFixProvider>("""
            using System.IO;
            class C
            {
                void M()
                {
                    File.ReadAllText("config\\appsettings.json"); // keep this comment
                    File.ReadAllText(@"wwwroot\css\site.css");
                }
            }
            """, """
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
    public Task Fix_all_in_the_project() =>
        VerifyFixAsync<BackslashPathSeparatorAnalyzer, PathLiteralCodeFixProvider>(
            "using System.IO;\nclass C { void M() { File.ReadAllText(\"a\\\\b.txt\"); File.ReadAllText(\"c\\\\d.txt\"); } }\n",
            "using System.IO;\nclass C { void M() { File.ReadAllText(\"a/b.txt\"); File.ReadAllText(\"c/d.txt\"); } }\n",
            scope: Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project);
}
