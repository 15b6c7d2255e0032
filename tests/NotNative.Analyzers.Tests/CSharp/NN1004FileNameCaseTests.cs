using NotNative.Analyzers.CSharp;
using NotNative.CodeFixes;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1004FileNameCaseTests
{
    private static readonly Dictionary<string, string> Properties = new()
    {
        ["build_property.DockerDefaultTargetOS"] = "Linux",
        ["build_property.NotNativeProjectFiles"] = "appsettings.json|appsettings.Development.json|Seed.sql|Program.cs",
    };

    [Fact]
    public Task Names_that_differ_only_in_case_are_reported() => VerifyAsync<FileNameCaseMismatchAnalyzer>("""
        using System.IO;
        class C
        {
            void M()
            {
                File.ReadAllText({|NN1004:"appSettings.json"|});
                File.ReadAllText({|NN1004:"data/seed.sql"|});
                File.ReadAllText("appsettings.json");
                File.ReadAllText("other.json");
            }
        }
        """, Properties);

    [Fact]
    public Task Fix_uses_the_real_name() => VerifyFixAsync<FileNameCaseMismatchAnalyzer, PathLiteralCodeFixProvider>(
        "using System.IO;\nclass C { void M() { File.ReadAllText(\"config/appSettings.json\"); } }\n",
        "using System.IO;\nclass C { void M() { File.ReadAllText(\"config/appsettings.json\"); } }\n",
        Properties);
}
