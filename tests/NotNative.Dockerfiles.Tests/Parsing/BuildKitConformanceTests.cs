using System.Text;
using NotNative.Dockerfiles.Syntax;
using NotNative.Tests;

namespace NotNative.Dockerfiles.Tests.Parsing;

/// <summary>BuildKit's own parser cases: positive ones dump byte for byte as BuildKit's result, negative ones are rejected.</summary>
public class BuildKitConformanceTests
{
    private static string CasesRoot => RepositoryPaths.BuildKitConformance;

    public static TheoryData<string> PositiveCases() => Cases("positive");

    public static TheoryData<string> NegativeCases() => Cases("negative");

    private static TheoryData<string> Cases(string kind)
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(CasesRoot, kind);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("The BuildKit conformance cases are missing: " + folder);
        }

        foreach (var directory in Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PositiveCases))]
    public void Positive_case_dumps_as_BuildKit_does(string name)
    {
        var directory = Path.Combine(CasesRoot, "positive", name);
        var text = DockerfileText.Decode(File.ReadAllBytes(Path.Combine(directory, "Dockerfile"))).Text;
        var expected = File.ReadAllText(Path.Combine(directory, "result"), Encoding.UTF8);

        var syntax = DockerfileParser.Parse(text);

        Assert.Empty(syntax.Errors);
        Assert.Equal(expected, DockerfileDump.Dump(syntax));
    }

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void Negative_case_is_rejected(string name)
    {
        var text = File.ReadAllText(Path.Combine(CasesRoot, "negative", name, "Dockerfile"));

        var syntax = DockerfileParser.Parse(text);

        Assert.NotEmpty(syntax.Errors);
    }
}
