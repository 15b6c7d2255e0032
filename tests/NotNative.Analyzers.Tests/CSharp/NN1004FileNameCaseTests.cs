using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.FileNameCaseMismatchAnalyzer>;
using VerifyFix = NotNative.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<NotNative.Analyzers.CSharp.FileNameCaseMismatchAnalyzer, NotNative.CodeFixes.PathLiteralCodeFixProvider>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1004FileNameCaseTests
{
    private static readonly IReadOnlyDictionary<string, string> Properties =
        BuildProperties.LinuxContainer.With("NotNativeProjectFiles", "appsettings.json|appsettings.Development.json|Seed.sql|Program.cs");

    [Fact]
    public Task Names_that_differ_only_in_case_are_reported() => Verify.VerifyAsync("""
        using System.IO;
        class C
        {
            void M()
            {
                File.ReadAllText({|#0:"appSettings.json"|});
                File.ReadAllText({|#1:"data/seed.sql"|});
                File.ReadAllText("appsettings.json");
                File.ReadAllText("other.json");
            }
        }
        """, Properties,
        Verify.Diagnostic("NN1004").WithLocation(0).WithArguments("appSettings.json", "appsettings.json"),
        Verify.Diagnostic("NN1004").WithLocation(1).WithArguments("seed.sql", "Seed.sql"));

    [Fact]
    public Task Fix_uses_the_real_name() => VerifyFix.VerifyFixAsync(
        "using System.IO;\nclass C { void M() { File.ReadAllText({|#0:\"config/appSettings.json\"|}); } }\n",
        Properties,
        new[] { VerifyFix.Diagnostic("NN1004").WithLocation(0).WithArguments("appSettings.json", "appsettings.json") },
        "using System.IO;\nclass C { void M() { File.ReadAllText(\"config/appsettings.json\"); } }\n",
        remaining: Array.Empty<DiagnosticResult>());
}
