namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>Bad input gets a coded diagnostic or nothing, never an exception.</summary>
public class NN9001UnparseableTests
{
    [Theory]
    [InlineData("FROM alpine\nENV PATH\n")]
    [InlineData("FROM alpine\nRUN <<EOF\necho never closed\n")]
    [InlineData("FROM alpine\nCMD [\"a\", 1]\n")]
    [InlineData("# escape=x\nFROM alpine\n")]
    public void Unparseable_files_get_NN9001(string dockerfile)
    {
        Assert.NotEmpty(Lint.Only("NN9001", dockerfile));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("FROM $UNDEFINED\n")]
    [InlineData("FROBNICATE all the things\n")]
    public void Empty_or_odd_but_parseable_files_do_not_crash(string dockerfile)
    {
        var diagnostics = Lint.Run(dockerfile);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("NN20", StringComparison.Ordinal) && d.Id != "NN2009");
    }

    [Fact]
    public void A_comments_only_file_the_project_does_not_build_is_a_fragment_not_an_error()
    {
        // Reduced from dotnet-docker's eng/dockerfile-templates/Dockerfile.alpine.invariant-mode.
        const string fragment = "# Enable the globalization invariant mode\n# (included by other templates)\n";
        var other = new global::NotNative.Dockerfiles.Rules.DockerfileAnalysisOptions { IsProjectDockerfile = false, FileName = "Dockerfile.alpine.invariant-mode" };
        Assert.DoesNotContain(global::NotNative.Dockerfiles.Rules.DockerfileLinter.Lint(fragment, other).Diagnostics, d => d.Id == "NN9001");
        Assert.Contains(global::NotNative.Dockerfiles.Rules.DockerfileLinter.Lint(fragment).Diagnostics, d => d.Id == "NN9001");
    }

    [Fact]
    public void Binary_input_does_not_crash()
    {
        var random = new Random(42);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var text = Syntax.DockerfileText.Decode(bytes).Text;
        _ = Lint.Run(text);
    }

    [Fact]
    public void A_one_megabyte_Dockerfile_parses()
    {
        var builder = new System.Text.StringBuilder("FROM alpine\n");
        while (builder.Length < 1024 * 1024)
        {
            builder.Append("RUN echo line \\\n    && echo continued\n");
        }

        var result = Lint.Run(builder.ToString());
        Assert.DoesNotContain(result, d => d.Id == "NN9001");
    }
}
