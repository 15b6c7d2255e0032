// NN1008 (P/Invoke), NN1010 and NN1011 over the C# sources of the precision run's repositories, without building them:
// each project's .cs files compiled against the running runtime's assemblies, its container evidence read from the
// project file. `CORPUS=DIR dotnet run` uses that evidence; `-- --forced` treats every project as a Linux container.
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotNative.Analyzers.CSharp;

var refs = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new WindowsLibraryImportAnalyzer(), new WindowsTimeZoneIdAnalyzer(), new LocalDbConnectionStringAnalyzer(), new WindowsOnlyApiAnalyzer());
var forced = args.Contains("--forced");
// The folder that holds the fetched repositories, one folder each named owner+name (bench/realworld/README.md).
var corpus = Environment.GetEnvironmentVariable("CORPUS") ?? throw new InvalidOperationException("Set CORPUS to the folder of the fetched repositories.");
int projects = 0, containerProjects = 0;
foreach (var repo in (Environment.GetEnvironmentVariable("REPOS") ?? "dotnet+eShop,dotnet+aspire-samples,testcontainers+testcontainers-dotnet,dotnet+dotnet-docker").Split(','))
{
    var root = Path.Combine(corpus, repo);
    var csprojs = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories).ToList(); if (Environment.GetEnvironmentVariable("DEBUGDIR") is { } dd) { csprojs = new() { dd + "/x.csproj" }; }
    var dirs = csprojs.Select(Path.GetDirectoryName).ToHashSet();
    foreach (var csproj in csprojs)
    {
        projects++;
        var dir = Path.GetDirectoryName(csproj)!;
        var files = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .Where(f => { var d = Path.GetDirectoryName(f); while (d != null && d.Length >= dir.Length) { if (d == dir) return true; if (dirs.Contains(d)) return false; d = Path.GetDirectoryName(d); } return false; })
            .ToList();
        var text = File.Exists(csproj) ? File.ReadAllText(csproj) : "";
        var props = new Dictionary<string, string>();
        foreach (var name in new[] { "DockerDefaultTargetOS", "ContainerRepository", "ContainerImageName", "ContainerBaseImage", "ContainerFamily", "ContainerRuntimeIdentifier", "IsTestProject", "IsPublishable", "InvariantGlobalization", "TargetFramework" })
        {
            var m = Regex.Match(text, $"<{name}>([^<]*)</{name}>");
            if (m.Success) props[name] = m.Groups[1].Value;
        }
        if (Regex.IsMatch(text, "Microsoft.NET.Test.Sdk|xunit|NUnit|MSTest", RegexOptions.IgnoreCase) && !props.ContainsKey("IsTestProject")) props["IsTestProject"] = "true";
        var additional = new List<AdditionalText>();
        foreach (var f in Directory.EnumerateFiles(dir, "appsettings*.json")) additional.Add(new FileText(f));
        if (File.Exists(Path.Combine(dir, "Dockerfile"))) { props["NotNativeDockerfile"] = Path.Combine(dir, "Dockerfile"); additional.Add(new FileText(Path.Combine(dir, "Dockerfile"))); }
        if (forced) props["NotNativeContainer"] = "true";
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), new CSharpParseOptions(LanguageVersion.Preview), path: f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;", new CSharpParseOptions(LanguageVersion.Preview), path: "/implicit.cs"));
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(csproj), trees, refs, new CSharpCompilationOptions(Environment.GetEnvironmentVariable("EXE") == "1" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(additional.ToImmutableArray(), new Options(props));
        var diags = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().Result;
        var container = !props.ContainsKey("IsTestProject") && (props.Keys.Any(k => k.StartsWith("Container") || k == "DockerDefaultTargetOS" || k == "NotNativeDockerfile"));
        if (container) containerProjects++;
        foreach (var d in diags.Where(d => d.Id is "NN1008" or "NN1010" or "NN1011" or "AD0001"))
        {
            Console.WriteLine($"{d.Id} {d.Location.GetLineSpan().Path.Replace(corpus.TrimEnd('/') + "/", "")}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage()[..Math.Min(160, d.GetMessage().Length)]}");
        }
    }
}
Console.WriteLine($"projects {projects}, with container evidence {containerProjects}");

sealed class FileText(string path) : AdditionalText
{
    public override string Path => path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
}

sealed class Options(Dictionary<string, string> props) : AnalyzerConfigOptionsProvider
{
    private sealed class Values(Dictionary<string, string> props) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => props.TryGetValue(key.Replace("build_property.", ""), out value!) && key.StartsWith("build_property.");
    }
    public override AnalyzerConfigOptions GlobalOptions => new Values(props);
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(new());
}
