using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotNative.Tests;

namespace NotNative.Analyzers.Tests;

/// <summary>Every NotNative analyzer on real-world-shaped and half-typed C#: never AD0001.</summary>
public class AnalyzerRobustnessTests
{
    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(NotNative.Analyzers.Dockerfiles.DockerfileAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    // Made once: the same reference objects let Roslyn reuse the assembly symbols it built for the previous
    // compilation, instead of reading ~170 assemblies again for each of the hundreds of prefixes below.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<SyntaxTree> trees)
    {
        var compilation = CSharpCompilation.Create("Robustness", trees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ContainerProjectOptions());
        return await compilation.WithAnalyzers(AllAnalyzers(), options).GetAnalyzerDiagnosticsAsync();
    }

    private sealed class ContainerProjectOptions : AnalyzerConfigOptionsProvider
    {
        private sealed class Values : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key switch
                {
                    "build_property.DockerDefaultTargetOS" => "Linux",
                    "build_property.NotNativeProjectFiles" => "appsettings.json|Dockerfile",
                    "build_property.TargetPlatformIdentifier" => "windows",
                    _ => null!,
                };
                return value != null;
            }
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values();
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    [Fact]
    public async Task The_repository_s_own_sources_raise_no_AD0001()
    {
        var trees = new[] { "analyzers", "build", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), path: f))
            .ToList();
        Assert.True(trees.Count > 100);

        var diagnostics = await RunAsync(trees);

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Every_prefix_of_a_source_being_typed_raises_no_AD0001()
    {
        const string source = """
            using System; using System.Diagnostics; using System.IO; using Microsoft.Win32;
            class C
            {
                string Host() => OperatingSystem.IsWindows() ? "localhost" : "host.docker.internal";
                void M(string root)
                {
                    File.ReadAllText(@"C:\data\x.json" + $"{root}\\logs");
                    Process.Start(new ProcessStartInfo { FileName = "cmd.exe" });
                    var f = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
                    var k = Registry.LocalMachine.OpenSubKey("S");
                }
            }
            """;
        for (var length = 0; length <= source.Length; length += 3)
        {
            var diagnostics = await RunAsync(new[] { CSharpSyntaxTree.ParseText(source.Substring(0, length)) });
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }

    /// <summary>The C# sources of the rule tests (their raw string literals), markup removed.</summary>
    public static TheoryData<string> RuleTestSources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "NotNative.Analyzers.Tests", "CSharp"), "NN*.cs"))
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                {
                    data.Add(CSharpVerifier.Parse(token.ValueText).Source);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleTestSources))]
    public async Task Every_prefix_of_each_rule_test_source_raises_no_AD0001(string source)
    {
        var step = Math.Max(1, source.Length / 40);
        for (var length = 0; length <= source.Length; length += step)
        {
            var diagnostics = await RunAsync(new[] { CSharpSyntaxTree.ParseText(source.Substring(0, length)) });
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }
}
