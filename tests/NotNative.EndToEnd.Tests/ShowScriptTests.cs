using System.Diagnostics;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// samples/show.sh, on the package the collection already packed (NOTNATIVE_FEED): its diagnostics come sorted by
/// file and line, the README's copy of them is exactly what it prints, and it blames NotNative only when the build failed.
/// </summary>
[Collection(PackageCollection.Name)]
public class ShowScriptTests(PackedPackage package)
{
    private (int ExitCode, List<string> Lines) Show(string sample, string? pathPrefix = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(NotNative.Tests.RepositoryPaths.Root, "samples", "show.sh"));
        start.ArgumentList.Add(sample);
        if (pathPrefix != null)
        {
            start.Environment["PATH"] = pathPrefix + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        }

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
    public void The_README_shows_exactly_what_show_sh_prints_sorted_by_file_and_line()
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
    }

    /// <summary>A stand-in for dotnet (first on PATH) that prints <paramref name="output"/> and exits with <paramref name="exit"/>.</summary>
    private static string FakeDotnet(string folder, string output, int exit)
    {
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "dotnet");
        File.WriteAllText(script, $"#!/usr/bin/env bash\ncat <<'OUT'\n{output}OUT\nexit {exit}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    [Fact]
    public void Show_sh_sorts_by_file_then_line_and_column_as_numbers_and_blames_NotNative_only_when_the_build_failed()
    {
        var root = Path.Combine(package.Root, "fake-dotnet");
        var build = "b/Dockerfile(13,9): warning NN2003: x\nb/Dockerfile(3,10): error NN2001: y\nb/Dockerfile(3,6): warning NN2006: z\n" +
                    "a/Program.cs(10,1): warning NN1001: p\nb/Dockerfile(13,9): warning NN2003: x\na/Program.cs(2,40): warning NN1004: q\nBuild FAILED.\n";
        var (_, failed) = Show("WorksOnMyMachine", FakeDotnet(Path.Combine(root, "failed"), build, 1));
        Assert.Equal(new[]
        {
            "a/Program.cs(2,40): warning NN1004: q",
            "a/Program.cs(10,1): warning NN1001: p",
            "b/Dockerfile(3,6): warning NN2006: z",
            "b/Dockerfile(3,10): error NN2001: y",
            "b/Dockerfile(13,9): warning NN2003: x",
            "== dotnet build exited with 1 (NotNative errors fail the build)",
        }, failed.Skip(2));

        var (_, clean) = Show("WorksEverywhere", FakeDotnet(Path.Combine(root, "clean"), "Build succeeded.\n", 0));
        Assert.Equal("== dotnet build exited with 0", clean[^1]);
        Assert.DoesNotContain(clean, l => l.Contains("NotNative errors fail the build", StringComparison.Ordinal));
    }
}
