using System.Text.Json;
using NotNative.Cli;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Engine.Sarif;
using NotNative.Tests;

namespace NotNative.EndToEnd.Tests;

/// <summary>The CLI's SARIF as GitHub code scanning takes it: help and a friendly name per rule, relative URIs, and Microsoft's validator with its GitHub rules finds nothing.</summary>
public class SarifCodeScanningTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-sarif-" + Guid.NewGuid().ToString("N")[..12]);

    public SarifCodeScanningTests()
    {
        // Findings of every kind the CLI reports: an error and a warning in a Linux stage, a CRLF script (NN3005, the build-time checks), a file in a sub-folder.
        Write("Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR C:\\app\nCOPY run.sh /run.sh\nENTRYPOINT [\"/run.sh\"]\n");
        Write("run.sh", "#!/bin/sh\r\nexec dotnet app.dll\r\n");
        Write("svc/my app/api.Dockerfile", "FROM alpine\nENV API=http://host.docker.internal\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The CLI as a user runs it, in the checked folder: `notnative check . --format sarif --output report.sarif`.</summary>
    private string CheckInFolder()
    {
        var (exit, output) = ExternalProcess.Run("dotnet", _folder,
            [typeof(NotNativeCommand).Assembly.Location, "check", ".", "--engine", "off", "--target-os", "linux", "--format", "sarif", "--output", "report.sarif"]);
        Assert.True(exit == 1, output);
        return Path.Combine(_folder, "report.sarif");
    }

    [Fact]
    public void Results_use_URIs_relative_to_SRCROOT_the_folder_checked()
    {
        using var log = JsonDocument.Parse(File.ReadAllText(CheckInFolder()));
        var run = log.RootElement.GetProperty("runs")[0];
        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString();
        Assert.Equal(new Uri(_folder + "/").AbsoluteUri, root);
        var locations = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .Select(a => (a.GetProperty("uri").GetString(), a.GetProperty("uriBaseId").GetString()))
            .Distinct()
            .OrderBy(a => a.Item1, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(new (string?, string?)[] { ("Dockerfile", "%SRCROOT%"), ("svc/my%20app/api.Dockerfile", "%SRCROOT%") }, locations);
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == RuleIds.CrlfScriptInLinuxImage);
    }

    [Fact]
    public void A_file_outside_the_working_folder_has_an_absolute_file_URI()
    {
        var stdout = new StringWriter();
        NotNativeCommand.Run(["check", Path.Combine(_folder, "Dockerfile"), "--engine", "off", "--target-os", "linux", "--format", "sarif"], stdout, new StringWriter());
        var location = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new Uri(Path.Combine(_folder, "Dockerfile")).AbsoluteUri, location.GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void Every_rule_has_its_constant_name_and_its_docs_page_as_help()
    {
        using var log = JsonDocument.Parse(File.ReadAllText(CheckInFolder()));
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        var constants = typeof(RuleIds).GetFields().ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Equal(constants[id], rule.GetProperty("name").GetString());
            var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md")).ReplaceLineEndings("\n");
            var markdown = rule.GetProperty("help").GetProperty("markdown").GetString()!;
            Assert.StartsWith(page.Split('\n')[0], markdown, StringComparison.Ordinal);
            Assert.Equal(page.Split('\n').Length, markdown.Split('\n').Length);
            Assert.DoesNotContain("](NN", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("# ", rule.GetProperty("help").GetProperty("text").GetString()!.Split('\n')[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Relative_links_in_a_rule_page_point_into_the_repository()
    {
        var markdown = RuleHelp.Markdown(RuleIds.WindowsPathInLinuxStage)!;
        Assert.Contains("](" + RuleCatalogue.HelpLink(RuleIds.WindowsBaseImageForLinuxTarget) + "#which-dockerfiles-are-held-to-the-target-os)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_SARIF_multitool_with_the_GitHub_rules_finds_no_error_or_warning()
    {
        var problems = SarifMultitool.Validate(CheckInFolder());
        Assert.Empty(problems);
    }
}
