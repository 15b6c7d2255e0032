using System.Text.RegularExpressions;
using NotNative.Tests;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// Every fix a message or a rule page promises for a Dockerfile or its build context (NN2xxx, NN3xxx) is real:
/// on the broken sample, `notnative fix` removes every finding it promises to fix.
/// </summary>
public class PromisedFixesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-promised-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = NotNative.Cli.NotNativeCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Notnative_fix_applies_every_fix_a_message_or_rule_page_promises()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "WorksOnMyMachine");
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(sample))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder, "entrypoint.sh"), "#!/bin/sh\r\nexec dotnet WorksOnMyMachine.dll\r\n");

        // The sample's Windows base image is one root cause (NN2001) that hides its consequences in that stage;
        // a Linux Dockerfile written on a Windows PC brings the fixes NN2001 would hide.
        var linuxFolder = Path.Combine(_folder, "linux");
        Directory.CreateDirectory(linuxFolder);
        File.WriteAllText(Path.Combine(linuxFolder, "Dockerfile"),
            "# escape=`\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR C:\\app\nCOPY . .\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"dotnet\", \"worksonmymachine.dll\"]\n");
        File.WriteAllText(Path.Combine(linuxFolder, "entrypoint.sh"), "#!/bin/sh\r\nexec dotnet WorksOnMyMachine.dll\r\n");
        // A Dockerfile with an architecture's assumptions: the runtime stage pinned to the build machine (NN2013), a tools
        // stage downloading amd64's kubectl (NN2014), the SDK stage publishing for x64 (NN2015).
        var archFolder = Path.Combine(_folder, "arch");
        Directory.CreateDirectory(archFolder);
        File.WriteAllText(Path.Combine(archFolder, "Dockerfile"),
            "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-x64 --self-contained -o /app\n\n" +
            "FROM alpine:3.20 AS tools\nRUN wget https://dl.k8s.io/release/v1.28.0/bin/linux/amd64/kubectl\n\n" +
            "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=tools /kubectl /usr/local/bin/kubectl\nCOPY --from=build /app .\nENTRYPOINT [\"./app\"]\n");
        var dockerfiles = new[] { Path.Combine(_folder, "Dockerfile"), Path.Combine(linuxFolder, "Dockerfile"), Path.Combine(archFolder, "Dockerfile") };
        var options = new[] { "--assembly-name", "WorksOnMyMachine", "--target-os", "linux" };
        // Checked against a replayed Docker Desktop on an Apple Silicon Mac: NN3007 promises the fixes of the lines it names.
        using var mac = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));

        var found = dockerfiles.SelectMany(Check).ToList();
        var promised = found.Where(f => f.Message.Contains("notnative fix", StringComparison.Ordinal)).Select(f => f.Id)
            .Concat(RulesWhosePagePromisesAFix()).ToHashSet();

        Assert.Equal(new[] { "NN2001", "NN2003", "NN2006", "NN2011", "NN2013", "NN2014", "NN2015", "NN3005", "NN3006", "NN3007" }, promised.Order());
        Assert.Subset(found.Select(f => f.Id).ToHashSet(), promised);

        foreach (var dockerfile in dockerfiles)
        {
            var fix = Run(new[] { "fix", dockerfile }.Concat(options).ToArray());
            Assert.Equal(string.Empty, fix.Err);
            Assert.Equal(0, fix.Exit);
        }

        var left = dockerfiles.SelectMany(Check).Select(f => f.Id).ToHashSet();
        Assert.Empty(left.Intersect(promised));

        IEnumerable<(string Id, string Message)> Check(string dockerfile) =>
            System.Text.Json.JsonDocument.Parse(Run(new[] { "check", dockerfile, "--host", mac.Uri.ToString(), "--format", "json" }.Concat(options).ToArray()).Out)
                .RootElement.EnumerateArray()
                .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("message").GetString()!)).ToList();
    }

    /// <summary>Dockerfile and build-context rules whose page says `notnative fix` or a code fix applies.</summary>
    private static IEnumerable<string> RulesWhosePagePromisesAFix() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "NN*.md")
            .Where(page => Regex.IsMatch(Path.GetFileName(page), @"^NN[23]\d{3}\.md$") && Regex.IsMatch(File.ReadAllText(page), @"notnative fix|code fix|\bthe fix\b", RegexOptions.IgnoreCase))
            .Select(page => Path.GetFileNameWithoutExtension(page));
}
