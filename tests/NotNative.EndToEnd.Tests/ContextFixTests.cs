using System.Text;
using NotNative.Tests;

namespace NotNative.EndToEnd.Tests;

/// <summary>`notnative fix` on the build context: NN3005 (CRLF scripts to LF, .gitattributes) and NN3006 (the real file name).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ContextFixTests : IDisposable
{
    private readonly CliTests _cli = new();

    public void Dispose() => _cli.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => _cli.Run(args);

    private string Write(string name, string text) => _cli.Write(name, text);

    [Fact]
    public void NN3005_fix_converts_the_copied_script_to_LF_keeping_its_other_bytes_and_mode_and_adds_the_gitattributes_line()
    {
        var dockerfile = Write("app/Dockerfile", "FROM alpine\nCOPY entrypoint.sh /entrypoint.sh\n");
        var script = Write("app/entrypoint.sh", string.Empty);
        File.WriteAllBytes(script, Encoding.Latin1.GetBytes("#!/bin/sh\r\necho 'Müller'\r\nprintf 'a\\rb' # lone CR\r\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
        }

        var (exit, output, error) = Run("fix", dockerfile);

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exit);
        Assert.Equal(Encoding.Latin1.GetBytes("#!/bin/sh\necho 'Müller'\nprintf 'a\\rb' # lone CR\n"), File.ReadAllBytes(script));
        Assert.Equal((UnixFileMode)0b111_101_101, File.GetUnixFileMode(script));
        Assert.Equal("*.sh text eol=lf\n", File.ReadAllText(Path.Combine(Path.GetDirectoryName(dockerfile)!, ".gitattributes")));
        Assert.Contains("entrypoint.sh: applied NN3005: convert CRLF line endings to LF", output);
        Assert.Contains(".gitattributes: applied NN3005: add '*.sh text eol=lf' (new file)", output);
        Assert.Equal((0, string.Empty, string.Empty), Run("check", dockerfile, "--engine", "off"));
        Assert.Equal((0, string.Empty, string.Empty), Run("fix", dockerfile));
    }

    [Fact]
    public void NN3005_fix_appends_to_the_repository_root_gitattributes_in_its_line_endings_and_never_twice()
    {
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(Write("repo/README", string.Empty))!, ".git"));
        var attributes = Write("repo/.gitattributes", "*.png binary\r\n*.cs text");
        var dockerfile = Write("repo/src/app/Dockerfile", "FROM alpine\nCOPY scripts/ /scripts/\n");
        Write("repo/src/app/scripts/run.sh", "#!/bin/sh\r\nexit 0\r\n");

        var (exit, _, _) = Run("fix", dockerfile);

        Assert.Equal(0, exit);
        Assert.Equal("*.png binary\r\n*.cs text\r\n*.sh text eol=lf\r\n", File.ReadAllText(attributes));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(dockerfile)!, ".gitattributes")));

        Write("repo/src/app/scripts/run.sh", "#!/bin/sh\r\nexit 0\r\n"); // a fresh CRLF checkout
        Run("fix", dockerfile);
        Assert.Equal("*.png binary\r\n*.cs text\r\n*.sh text eol=lf\r\n", File.ReadAllText(attributes));
    }

    [Fact]
    public void NN3005_fix_with_context_fixes_scripts_of_another_folder_and_dry_run_changes_nothing()
    {
        var dockerfile = Write("docker/Dockerfile", "FROM alpine\nCOPY run.sh /run.sh\n");
        var script = Write("context/run.sh", "#!/bin/sh\r\n");
        var context = Path.GetDirectoryName(script)!;

        var (dryExit, dryOutput, _) = Run("fix", dockerfile, "--context", context, "--dry-run");
        Assert.Equal(0, dryExit);
        Assert.Contains("run.sh: would apply NN3005: convert CRLF line endings to LF", dryOutput);
        Assert.Equal("#!/bin/sh\r\n", File.ReadAllText(script));
        Assert.False(File.Exists(Path.Combine(context, ".gitattributes")));

        Assert.Equal(0, Run("fix", dockerfile, "--context", context).Exit);
        Assert.Equal("#!/bin/sh\n", File.ReadAllText(script));
        Assert.True(File.Exists(Path.Combine(context, ".gitattributes")));
    }

    [Fact]
    public void NN3005_fix_anchors_a_script_found_by_its_shebang_in_gitattributes()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Write("repo/.git/HEAD", string.Empty))!);
        var dockerfile = Write("repo/app/Dockerfile", "FROM alpine\nCOPY bin/ /usr/local/bin/\n");
        Write("repo/app/bin/start", "#!/bin/bash\r\nexec app\r\n");
        Write("repo/app/bin/run.sh", "#!/bin/sh\r\n");

        var (exit, output, _) = Run("fix", dockerfile);

        Assert.Equal(0, exit);
        var attributes = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(dockerfile))!, ".gitattributes");
        Assert.Equal("*.sh text eol=lf\n/app/bin/start text eol=lf\n", File.ReadAllText(attributes));
        Assert.Contains(".gitattributes: applied NN3005: add '/app/bin/start text eol=lf' (new file)", output);
    }

    [Theory]
    [InlineData("* text=auto eol=lf\n")]
    [InlineData("**/*.sh   eol=lf text\n")]
    public void NN3005_fix_keeps_an_existing_eol_lf_line_for_scripts(string existing)
    {
        var attributes = Write("app/.gitattributes", existing);
        var dockerfile = Write("app/Dockerfile", "FROM alpine\nCOPY run.sh /run.sh\n");
        Write("app/run.sh", "#!/bin/sh\r\n");

        Run("fix", dockerfile);

        Assert.Equal(existing, File.ReadAllText(attributes));
    }

    [Theory]
    [InlineData("COPY Entrypoint.sh /entrypoint.sh\n", "COPY entrypoint.sh /entrypoint.sh\n")]
    [InlineData("COPY ./Scripts/Entrypoint.sh /e.sh\n", "COPY ./scripts/entrypoint.sh /e.sh\n")]
    [InlineData("COPY --chmod=755 Entrypoint.sh /a.sh\nCOPY Entrypoint.sh /b.sh\n", "COPY --chmod=755 entrypoint.sh /a.sh\nCOPY entrypoint.sh /b.sh\n")]
    public void NN3006_fix_writes_the_files_real_name_into_the_COPY_source(string copy, string fixedCopy)
    {
        var dockerfile = Write("app/Dockerfile", "FROM alpine\r\n" + copy);
        Write("app/entrypoint.sh", "#!/bin/sh\n");
        Write("app/scripts/entrypoint.sh", "#!/bin/sh\n");

        var (exit, output, _) = Run("fix", dockerfile);

        Assert.Equal(0, exit);
        Assert.Contains("applied NN3006: write the COPY source as '", output);
        Assert.Equal("FROM alpine\r\n" + fixedCopy, File.ReadAllText(dockerfile));
        Assert.Equal((0, string.Empty, string.Empty), Run("check", dockerfile, "--engine", "off"));
    }

    [Fact]
    public void NN3006_in_JSON_form_is_reported_and_left_for_a_hand_fix()
    {
        var dockerfile = Write("app/Dockerfile", "FROM alpine\nCOPY [\"Entrypoint.sh\", \"/e.sh\"]\n");
        Write("app/entrypoint.sh", "#!/bin/sh\n");

        var (exit, output, _) = Run("fix", dockerfile);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("FROM alpine\nCOPY [\"Entrypoint.sh\", \"/e.sh\"]\n", File.ReadAllText(dockerfile));
    }

    [Fact]
    public void NN3005_fix_writes_nothing_outside_the_build_context_through_a_symbolic_link()
    {
        var outside = Write("elsewhere/tool.sh", "#!/bin/sh\r\necho outside\r\n");
        var dockerfile = Write("app/Dockerfile", "FROM alpine\nCOPY scripts/ /scripts/\n");
        var scripts = Path.Combine(Path.GetDirectoryName(dockerfile)!, "scripts");
        Directory.CreateDirectory(scripts);
        File.CreateSymbolicLink(Path.Combine(scripts, "tool.sh"), outside);
        Directory.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(dockerfile)!, "linked"), Path.GetDirectoryName(outside)!);

        var (_, output, _) = Run("fix", dockerfile);
        Run("fix", Write("app/Dockerfile.linked", "FROM alpine\nCOPY linked/tool.sh /tool.sh\n"));

        Assert.DoesNotContain("applied NN3005: convert", output);
        Assert.Equal("#!/bin/sh\r\necho outside\r\n", File.ReadAllText(outside));
    }

    [Fact]
    public void The_removed_gitattributes_switch_is_an_unknown_option()
    {
        var dockerfile = Write("Dockerfile", "FROM alpine\n");
        Assert.Equal(2, Run("fix", dockerfile, "--gitattributes").Exit);
    }
}
