using System.Text;
using CsCheck;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Tests;

namespace NotNative.Dockerfiles.Tests.Parsing;

/// <summary>
/// Property-based tests on generated and mutated Dockerfiles: the parser and every rule never throw, the tree gives
/// back the input, and every span lies inside the text. A bounded run with a fixed seed runs in CI; set
/// NOTNATIVE_PROPERTY_ITERATIONS for a longer run (docs/performance.md names the command).
/// </summary>
public class HostileInputPropertyTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("NOTNATIVE_PROPERTY_ITERATIONS"), out var n) ? n : 3000;

    /// <summary>CI's fixed seed; NOTNATIVE_PROPERTY_SEED=random (or a CsCheck seed) for exploring runs.</summary>
    private static readonly string? Seed = Environment.GetEnvironmentVariable("NOTNATIVE_PROPERTY_SEED") switch
    {
        null or "" => "0N0XIzNsQ0O2",
        "random" => null,
        var given => given,
    };

    private static readonly string[] Pieces =
    {
        "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "ARG ", "CMD ", "ENTRYPOINT ", "SHELL ", "WORKDIR ", "ONBUILD ", "HEALTHCHECK ",
        "LABEL ", "USER ", "VOLUME ", "EXPOSE ", "frobnicate ", "--platform=", "--from=", "--chmod=755 ", "-- ", "AS ", " ", "\t",
        "\n", "\r\n", "\r", "\\", "`", "\\\n", "`\n", "#", "# escape=`\n", "# syntax=x\n", "# notnative ignore=NN2003\n",
        "[", "]", "\"", "'", ",", "=", "$", "${", "}", ":-", "<<", "<<EOF\n", "EOF\n", "<<-'X'\n", "X\n",
        "C:\\app", "\\\\server\\share", "/app", "alpine", "mcr.microsoft.com/windows/servercore:ltsc2022", "golang:1.22",
        "host.docker.internal", "cmd /c ", "setx ", "a.exe", "\0", "\uFEFF", "é", "☃", "\uD800", "𝄞",
    };

    private static readonly Gen<string> Dockerfiles =
        Gen.Int[0, Pieces.Length - 1].Array[0, 80].Select(indexes =>
        {
            var builder = new StringBuilder();
            foreach (var index in indexes)
            {
                builder.Append(Pieces[index]);
            }

            return builder.ToString();
        });

    private static void AssertInvariants(string text)
    {
        var syntax = DockerfileParser.Parse(text);
        Assert.Equal(text, syntax.ToFullString());
        var previousEnd = 0;
        foreach (var instruction in syntax.Instructions)
        {
            Assert.InRange(instruction.Span.Start, previousEnd, text.Length);
            Assert.InRange(instruction.Span.End, instruction.Span.Start, text.Length);
            foreach (var token in instruction.Arguments)
            {
                Assert.InRange(token.Span.End, token.Span.Start, text.Length);
            }

            previousEnd = instruction.Span.End;
        }

        _ = DockerfileDump.Dump(syntax);
        foreach (var target in new[] { ContainerOs.Linux, ContainerOs.Windows })
        {
            var result = DockerfileLinter.Lint(syntax, new DockerfileAnalysisOptions { TargetOs = target, AssemblyName = "App" });
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.InRange(diagnostic.Span.Start, 0, text.Length);
                Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
                if (diagnostic.Fix != null)
                {
                    Assert.All(diagnostic.Fix.Edits, e => Assert.InRange(e.Span.End, e.Span.Start, text.Length));
                }
            }
        }
    }

    [Fact]
    public void Generated_Dockerfiles_keep_every_invariant() =>
        Dockerfiles.Sample(AssertInvariants, iter: Iterations, seed: Seed);

    [Fact]
    public void Mutated_conformance_files_keep_every_invariant()
    {
        var files = Directory.GetFiles(RepositoryPaths.BuildKitConformance, "Dockerfile", SearchOption.AllDirectories)
            .Select(File.ReadAllBytes).ToArray();
        Gen.Select(Gen.Int[0, files.Length - 1], Gen.Int, Gen.Byte.Array[1, 8])
            .Sample((file, position, bytes) =>
            {
                var original = files[file];
                var mutated = (byte[])original.Clone();
                for (var i = 0; i < bytes.Length && mutated.Length > 0; i++)
                {
                    mutated[(int)((uint)(position + i * 7919) % (uint)mutated.Length)] = bytes[i];
                }

                AssertInvariants(DockerfileText.Decode(mutated).Text);
            }, iter: Iterations, seed: Seed);
    }

    [Fact]
    public void Every_truncation_of_every_conformance_file_keeps_every_invariant()
    {
        foreach (var path in Directory.GetFiles(RepositoryPaths.BuildKitConformance, "Dockerfile", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            for (var length = 0; length <= text.Length; length++)
            {
                AssertInvariants(text.Substring(0, length));
            }
        }
    }

    [Theory]
    [InlineData(100_000)]
    public void Deep_continuation_chains_and_huge_lines_parse(int size)
    {
        AssertInvariants("FROM alpine\nRUN a" + string.Concat(Enumerable.Repeat(" \\\n", size)) + "\n");
        AssertInvariants("FROM alpine\nRUN " + new string('x', size * 2) + "\n");
        AssertInvariants("FROM alpine\nCMD [" + string.Concat(Enumerable.Repeat("\"a\",", size / 4)) + "\n");
        AssertInvariants("FROM alpine\nRUN <<A <<B <<C\n" + new string('\n', size / 10));
    }

    /// <summary>
    /// Issue 10, item 14: the cost grows linearly with the number of stages (each FROM once scanned every earlier
    /// stage: 64k stages took 45 s). Measured in operations (stages the model examined per name lookup) and in
    /// bytes allocated by the whole lint, as ratios between N, 2N and 4N stages; never in time.
    /// </summary>
    [Fact]
    public void Work_grows_linearly_with_the_stage_count()
    {
        const int n = 2000;
        var small = MeasureStages(n);
        var medium = MeasureStages(2 * n);
        var large = MeasureStages(4 * n);

        Assert.True(large.Examined <= large.Lookups, $"a name lookup examined {large.Examined} stages for {large.Lookups} lookups");
        Assert.InRange((double)large.Lookups / small.Lookups, 3.5, 4.5);
        Assert.InRange((double)medium.Allocated / small.Allocated, 1.5, 2.5);
        Assert.InRange((double)large.Allocated / small.Allocated, 3.0, 5.0);
    }

    private static (long Lookups, long Examined, long Allocated) MeasureStages(int count)
    {
        // Every shape that looks stages up: FROM an earlier stage, COPY --from by name and by index, a Windows root
        // whose NN2001 fix covers its descendants' paths, and suppression comments.
        var builder = new StringBuilder("ARG TAG=ltsc2022\n");
        for (var i = 0; i < count; i++)
        {
            // One long chain of stages built on each other (its OS verdict once nested every parent's evidence).
            builder.Append(i == 0 ? "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-${TAG} AS s0\n" : $"FROM S{i - 1} AS s{i}\n")
                .Append($"COPY --from=s{i / 2} /a /b\nCOPY --from={i / 3} /c /d\n# notnative ignore=NN2003\nWORKDIR C:\\app{i}\n");
        }

        var text = builder.ToString();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DockerfileLinter.Lint(text, new DockerfileAnalysisOptions { TargetOs = ContainerOs.Linux });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(count, result.Model.Stages.Count);
        Assert.NotEmpty(result.Diagnostics);
        return (result.Model.StageNames.Lookups, result.Model.StageNames.StagesExamined, allocated);
    }
}
