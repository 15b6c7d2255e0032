using System.Diagnostics;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// samples/show.sh, on the package the collection already packed (NOTNATIVE_FEED): its diagnostics come sorted by
/// file and line, the README's copy of them is exactly what it prints, and it blames NotNative only when the build failed.
/// </summary>
[Collection(PackageCollection.Name)]
public class ShowScriptTests(PackedPackage package)
{
    private (int ExitCode, List<string> Lines) Show(string sample)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(NotNative.Tests.RepositoryPaths.Root, "samples", "show.sh"));
        start.ArgumentList.Add(sample);
        start.Environment["NOTNATIVE_FEED"] = package.Feed;
        start.Environment["NOTNATIVE_VERSION"] = package.Version;
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (stdout + stderr.Result).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList());
    }

    /// <summary>The code block after "The broken sample shows:" in the README.</summary>
    private static List<string> ReadmeSampleOutput()
    {
        var readme = File.ReadAllLines(Path.Combine(NotNative.Tests.RepositoryPaths.Root, "README.md")).ToList();
        var start = readme.FindIndex(l => l.EndsWith("The broken sample shows:", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no 'The broken sample shows:' block");
        var fence = readme.FindIndex(start, l => l == "```");
        Assert.True(fence == start + 2 && readme[start + 1].Length == 0, "the sample output block must follow 'The broken sample shows:' after one blank line");
        return readme.Skip(fence + 1).TakeWhile(l => l != "```").ToList();
    }

    [Fact]
    public void The_README_shows_exactly_what_show_sh_prints_sorted_by_file_and_line_and_a_clean_sample_is_not_blamed()
    {
        var (exit, lines) = Show("WorksOnMyMachine");
        Assert.True(exit == 0, string.Join("\n", lines));
        Assert.Equal("== Using NotNative " + package.Version + " from " + package.Feed, lines[0]);
        Assert.StartsWith("== Building samples/WorksOnMyMachine", lines[1]);
        Assert.Equal("== dotnet build exited with 1 (NotNative errors fail the build)", lines[^1]);
        var diagnostics = lines.Skip(2).SkipLast(1).ToList();
        Assert.Equal(ReadmeSampleOutput(), diagnostics);

        var keys = diagnostics.Select(l => (File: l[..l.IndexOf('(')], Line: int.Parse(l[(l.IndexOf('(') + 1)..].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(keys.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Line), keys);

        var (cleanExit, cleanLines) = Show("WorksEverywhere");
        Assert.True(cleanExit == 0, string.Join("\n", cleanLines));
        Assert.Equal("== dotnet build exited with 0", cleanLines[^1]);
        Assert.DoesNotContain(cleanLines, l => l.Contains("NotNative errors fail the build", StringComparison.Ordinal) || l.Contains(" NN", StringComparison.Ordinal));
    }
}
