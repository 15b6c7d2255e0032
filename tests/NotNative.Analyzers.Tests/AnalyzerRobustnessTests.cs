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
        // The test's own dependencies, Docker.DotNet.Enhanced among them: the NN11xx rules run too.
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

    /// <summary>Every shape a string literal can take in C#, odd and half-typed ones included.</summary>
    private static readonly string[] LiteralShapes =
    {
        "\"\"", "\"a\"", "\":\"", "\":/\"", "\"/\"", "\"\\\\\"", "\"\\n\"", "\"C:\"", "\"C:\\\\\"", "\"C:/\"", "\"\\\\\\\\\"", "\"\\\\\\\\a\"",
        "\"//c/\"", "\"//\"", "\"/Users/\"", "\"/Users\"", "\"unix:\"", "\"unix:/\"", "\"unix:/var/run/docker.sock\"", "\"tcp://\"", "\"npipe://\"",
        "\"C:\\\\a:/b\"", "\"a:/b:ro\"", "\"/Users/x:/y\"", "\"host\"", "\"localhost\"", "\"host.docker.internal\"", "\"W. Europe Standard Time\"", "\"UTC\"", "\"kernel32.dll\"", "@\"Server=(localdb)\\mssqllocaldb\"",
        "\"\\0\\a\\b\\f\\n\\r\\t\\v\\'\\\"\\\\\\u00e9\\U0001F600\\x41\\x1\"", "\"\\uD800\"", "\"\\\\?\\\\C:\\\\x\"",
        "\"" + new string('x', 20000) + "\"", "\"" + string.Concat(Enumerable.Repeat("a\\\\", 5000)) + "\"", "\"" + string.Concat(Enumerable.Repeat(":/", 5000)) + "\"",
        "@\"\"", "@\"\\\"", "@\"C:\\\"", "@\"\\\\x\"", "@\"\"\"\"", "@\"a\nb\"",
        "\"\"\"raw\"\"\"", "\"\"\"\n    C:\\x\n    \"\"\"", "\"\"\"\"\"a\"\"\"\"\"",
        "$\"\"", "$\"{x}\"", "$\"\\\\{x}\"", "$@\"{x}\\\"", "$@\"C:\\{x}\\a.json\"", "@$\"{x}\\\"", "$\"\"\"{x}\"\"\"", "$$\"\"\"{{x}}\\\"\"\"", "$\"{x,5:N}\"", "$\"{(x == null ? \"a\" : \"\\\\\")}\"",
        "\"abc\"u8", "\"\"u8", "\"C:\\\\\"u8", "@\"\\\"u8", "\"\"\"a\"\"\"u8",
        "'a'", "'\\\\'", "default", "null", "x", "x + \"\\n\" + x", "x + \"\\\\\" + x", "\"a\" + \"\"",
    };

    /// <summary>Half-typed literals: each in its own file, since one would swallow the rest of a shared file.</summary>
    private static readonly string[] HalfTypedLiterals = { "\"", "\"C:\\", "@\"", "@\"C:\\", "$\"{", "$\"{x", "$@\"{x}\\", "\"\"\"", "\"\"\"\n", "\"a\"u", "\"\\u12", "\"\\x" };

    /// <summary>Places where the rules look at a literal: file APIs, endpoints, bind mounts, processes, folders, OS checks.</summary>
    private static string UsesOf(string literal) => $$"""
            File.ReadAllText({{literal}}); Path.Combine(x, {{literal}}); new FileStream({{literal}}, FileMode.Open);
            var u = new Uri({{literal}}); var c = new Docker.DotNet.DockerClientConfiguration(new Uri({{literal}}));
            var e = Environment.GetEnvironmentVariable("DOCKER_HOST") ?? {{literal}};
            var h = new Docker.DotNet.Models.HostConfig { Binds = new List<string> { {{literal}} }, NetworkMode = {{literal}}, Mounts = new List<Docker.DotNet.Models.Mount> { new() { Source = {{literal}} } } };
            var b = new DotNet.Testcontainers.Builders.ContainerBuilder().WithBindMount({{literal}}, {{literal}}).WithNetwork({{literal}});
            Process.Start({{literal}}); var p = new ProcessStartInfo { FileName = {{literal}} };
            var o = OperatingSystem.IsWindows() ? {{literal}} : {{literal}};
            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) { File.ReadAllText({{literal}}); }
            var f = Environment.GetFolderPath(Environment.SpecialFolder.Desktop) + {{literal}};
            string local = {{literal}}; File.ReadAllText(local); File.ReadAllText(x + {{literal}} + x);
            var s = $"{x}" + {{literal}};
            NativeLibrary.Load({{literal}}); NativeLibrary.TryLoad({{literal}}, out var handle);
            TimeZoneInfo.FindSystemTimeZoneById({{literal}}); TimeZoneInfo.TryFindSystemTimeZoneById({{literal}}, out var zone);
            TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.Now, {{literal}}, {{literal}});
        """;

    private static string ProgramUsing(IEnumerable<string> bodies) =>
        "using System; using System.Collections.Generic; using System.Diagnostics; using System.IO; using System.Runtime.InteropServices;\n"
        + "class C\n{\n    static readonly string Field = \"C:\\\\data\";\n"
        + string.Concat(bodies.Select((body, i) => $"    void M{i}(string x)\n    {{\n{body}\n    }}\n")) + "}\n" + DockerLikeTypes;

    /// <summary>Docker.DotNet-like, Testcontainers-like and Aspire-like types declared in source, as vendored clients do.</summary>
    private const string DockerLikeTypes = """
        namespace Docker.DotNet
        {
            public class DockerClientConfiguration { public DockerClientConfiguration(System.Uri endpoint) { } public DockerClient CreateClient() => new(); }
            public class DockerClient { }
        }
        namespace Docker.DotNet.Models
        {
            public class HostConfig { public System.Collections.Generic.IList<string>? Binds { get; set; } public string? NetworkMode { get; set; } public System.Collections.Generic.IList<Mount>? Mounts { get; set; } }
            public class Mount { public string? Source { get; set; } public string? Target { get; set; } }
            public class NetworkSettings { public string? IPAddress { get; set; } }
        }
        namespace DotNet.Testcontainers.Builders
        {
            public class ContainerBuilder
            {
                public ContainerBuilder WithBindMount(string source, string destination) => this;
                public ContainerBuilder WithNetwork(string name) => this;
            }
        }
        namespace Aspire.Hosting
        {
            public interface IResourceBuilder<T> { }
            public static class ContainerResourceBuilderExtensions
            {
                public static IResourceBuilder<T> WithBindMount<T>(this IResourceBuilder<T> builder, string source, string target, bool isReadOnly = false) => builder;
            }
        }
        """;

    [Fact]
    public async Task Every_string_literal_shape_raises_no_AD0001()
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(ProgramUsing(LiteralShapes.Select(UsesOf)), path: "/src/Shapes.cs") };
        trees.AddRange(HalfTypedLiterals.Select((literal, i) => CSharpSyntaxTree.ParseText(ProgramUsing(new[] { UsesOf(literal) }), path: $"/src/Half{i}.cs")));
        trees.AddRange(HalfTypedLiterals.Select((literal, i) => CSharpSyntaxTree.ParseText("class H { void M(string x) { System.IO.File.ReadAllText(" + literal, path: $"/src/End{i}.cs")));

        var diagnostics = await RunAsync(trees);

        Assert.Empty(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
    }

    [Fact]
    public async Task NotNative_s_engine_sources_with_Docker_DotNet_referenced_raise_no_AD0001()
    {
        // A real code base that drives Docker (it references Docker.DotNet.Enhanced, as this test project does).
        var trees = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "build", "NotNative.Engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), path: f))
            .ToList();
        Assert.NotEmpty(trees);
        Assert.Contains(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator), p => Path.GetFileName(p) == "Docker.DotNet.dll"); // Docker.DotNet.Enhanced's assembly

        var diagnostics = await RunAsync(trees);

        Assert.Empty(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
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
                    data.Add(Verifiers.Markup.Strip(token.ValueText));
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
