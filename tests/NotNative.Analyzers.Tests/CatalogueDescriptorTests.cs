using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Analyzers.Dockerfiles;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.Tests;

/// <summary>Every Roslyn descriptor the package ships is its catalogue entry: title, severity, category, description, help link.</summary>
public class CatalogueDescriptorTests
{
    private static IEnumerable<DiagnosticAnalyzer> Analyzers() =>
        typeof(DockerfileAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    [Fact]
    public void Every_descriptor_says_what_its_catalogue_entry_says()
    {
        foreach (var descriptor in Analyzers().SelectMany(a => a.SupportedDiagnostics))
        {
            var rule = RuleCatalogue.Get(descriptor.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.Description, descriptor.Description.ToString());
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal(rule.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void The_analyzers_report_every_C_sharp_and_Dockerfile_rule_of_the_catalogue()
    {
        var reported = Analyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        var expected = RuleCatalogue.All.Select(r => r.Id)
            .Where(id => id.StartsWith("NN1", StringComparison.Ordinal) || id.StartsWith("NN2", StringComparison.Ordinal) || id == RuleIds.UnparseableDockerfile)
            .Concat(NotNative.Dockerfiles.Compose.ComposeLinter.AllDescriptors().Select(r => r.Id))
            .ToHashSet();
        Assert.Equal(expected.Order(), reported.Order());
    }
}
