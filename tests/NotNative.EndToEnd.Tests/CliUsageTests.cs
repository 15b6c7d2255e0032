using System.Diagnostics;
using System.Text.Json;
using NotNative.Cli;
using NotNative.Cli.Output;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Syntax;
using NotNative.Engine.Engine;

namespace NotNative.EndToEnd.Tests;

/// <summary>The command line itself: usage errors, help, version, suggestions, exit codes, report destinations, folder search.</summary>
public class CliUsageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-cli-usage-" + Guid.NewGuid().ToString("N")[..12]);

    public CliUsageTests()
    {
        Directory.CreateDirectory(_folder);
        // A Linux Dockerfile written on a Windows PC: a Windows command (error) and a Windows path (warning).
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR C:\\app\nRUN setx PATH C:\\tools\n");
        Directory.CreateDirectory(Path.Combine(_folder, "empty"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = NotNativeCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string> OddArgumentLists() => new()
    {
        "", "-", "--", "---", "-h", "-?", "--help", "--version", "help", "check --help", "fix --help", "dump --help", "engine --help",
        "check --version", "--version check", "chek", "CHECK", "check --fromat json", "check --format", "check --format ''", "check --format JSON",
        "check --format=xml", "check --format json --format sarif", "check --output", "check --output ''", "check --output /missing/dir/x.txt",
        "check --output /", "check --output /dev/full", "check --target-os", "check --target-os macos", "check --engine", "check --engine maybe",
        "check --timeout 0", "check --timeout -5", "check --timeout 99999999999", "check --timeout 1e3", "check --timeout abc", "check --host",
        "check --host ''", "check --host ::::", "check --host unix://", "check --host tcp://[::1", "check --context", "check --context /no/such/dir",
        "check --context /etc/passwd", "check /no/such/path", "check ''", "check @response.rsp", "check [suggest] x", "[suggest] check",
        "[diagram] check", "check -x", "check -- -x", "check --dry-run", "fix --format json", "fix --output x", "fix /no/such/path", "fix --dry-run --dry-run",
        "dump", "dump a b", "dump /no/such/file", "dump /", "dump --format json", "engine extra", "engine --format sarif", "engine --timeout -1",
        "engine --host ''", "check \u0000", "check --output \u0000", "check --assembly-name", "check --allow-empty=maybe", "check --allow-empty extra/",
        "check --target-platform", "check --target-platform macos", "check --target-platform linux/amd64", "check --target-platform ''",
        "check --assets-file", "check --assets-file /no/such/file", "check --assets-file /",
    };

    [Theory]
    [MemberData(nameof(OddArgumentLists))]
    public void No_argument_list_gives_a_stack_trace_or_an_exit_code_other_than_0_1_2(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a == "''" ? string.Empty : a.Replace("/no/such/", Path.Combine(_folder, "no", "such") + "/", StringComparison.Ordinal))
            .ToList();
        if (args.FirstOrDefault() == "check" && !args.Contains("--engine"))
        {
            args.AddRange(["--engine", "off"]);
        }

        var current = Directory.GetCurrentDirectory();
        var (exit, output, error) = Run(args.ToArray());
        Assert.Contains(exit, new[] { 0, 1, 2 });
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("Unhandled exception", output + error);
        Assert.Equal(current, Directory.GetCurrentDirectory());
    }

    [Fact]
    public void Output_into_a_missing_folder_is_a_clear_error_with_exit_2()
    {
        var missing = Path.Combine(_folder, "missing", "dir", "report.txt");
        var (exit, output, error) = Run("check", _folder, "--engine", "off", "--output", missing);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal($"notnative: cannot write the report to '{missing}': the folder '{Path.GetDirectoryName(missing)}' does not exist\n", error.ReplaceLineEndings("\n"));
    }

    [DevFullFact]
    public void Output_onto_a_full_disk_is_a_clear_error_with_exit_2()
    {
        var (exit, _, error) = Run("check", _folder, "--engine", "off", "--output", "/dev/full");
        Assert.Equal(2, exit);
        Assert.StartsWith("notnative: cannot write the report to '/dev/full': No space left on device", error);
    }

    [DevFullFact]
    public void Standard_output_on_a_full_disk_is_a_clear_error_with_exit_2()
    {
        var cli = typeof(NotNativeCommand).Assembly.Location;
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet \"{cli}\" check \"{_folder}\" --engine off > /dev/full");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("notnative: cannot write the report to standard output: No space left on device\n", error);
    }

    [Fact]
    public async Task Ctrl_C_while_the_engine_is_silent_ends_check_with_exit_130()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT
        }

        // An engine that accepts and never answers: without Ctrl+C the check would wait the whole two-minute timeout.
        var socketPath = Path.Combine(_folder, "silent.sock");
        using var listener = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        listener.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));
        listener.Listen();
        var cli = typeof(NotNativeCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { cli, "check", _folder, "--host", "unix://" + socketPath, "--engine", "required", "--timeout", "120000" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var accepted = await listener.AcceptAsync().WaitAsync(TimeSpan.FromSeconds(60));
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("notnative: cancelled\n", error);
        Assert.DoesNotContain("NN9003", await process.StandardOutput.ReadToEndAsync());
    }

    [Fact]
    public void Output_file_gets_the_report_and_stdout_stays_empty()
    {
        var report = Path.Combine(_folder, "report.sarif");
        var (exit, output, _) = Run("check", _folder, "--engine", "off", "--format", "sarif", "--output", report);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        var results = JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(new[] { "NN2003", "NN2005" }, results.EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToArray());
    }

    [Fact]
    public void A_target_platform_that_names_no_architecture_exits_2_naming_the_option()
    {
        var (exit, output, error) = Run("check", _folder, "--engine", "off", "--target-platform", "darwin/arm64");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("--target-platform is 'darwin/arm64'; it must be a platform such as linux/amd64", error);

        Assert.Equal(1, Run("check", _folder, "--engine", "off", "--target-platform", "aarch64").Exit); // the file's own NN2005 error
    }

    [Fact]
    public void A_folder_with_no_Dockerfile_exits_2_unless_allow_empty()
    {
        var empty = Path.Combine(_folder, "empty");
        var (exit, output, error) = Run("check", empty, "--engine", "off");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"no Dockerfile found in {empty}", error);
        Assert.Contains("--allow-empty", error);

        Assert.Equal((0, string.Empty, string.Empty), Run("check", empty, "--engine", "off", "--allow-empty"));
        Assert.Equal(2, Run("fix", empty).Exit);
        Assert.Equal(0, Run("fix", empty, "--allow-empty").Exit);
    }

    [Theory]
    [InlineData("check", "--fromat", "--format")]
    [InlineData("check", "--taget-os", "--target-os")]
    [InlineData("fix", "--dryrun", "--dry-run")]
    [InlineData("engine", "--hots", "--host")]
    public void A_mistyped_option_is_an_error_with_a_suggestion_and_a_short_message(string command, string typed, string suggested)
    {
        var (exit, output, error) = Run(command, typed, "x");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"'{typed}'", error);
        Assert.Contains(suggested, error.Replace(typed, string.Empty, StringComparison.Ordinal));
        Assert.EndsWith($"Run 'notnative {command} --help' for usage.\n", error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Options:", error);
    }

    [Fact]
    public void A_mistyped_command_is_an_error_with_a_suggestion()
    {
        var (exit, output, error) = Run("chek", ".");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Did you mean one of the following?\ncheck", error.ReplaceLineEndings("\n"));
        Assert.Contains("Run 'notnative --help' for usage.", error);
    }

    [Theory]
    [InlineData("fix", "--output", "x")]
    [InlineData("engine", "--context", "x")]
    [InlineData("dump", "--engine", "off")]
    public void An_option_the_command_does_not_take_is_an_error(params string[] args)
    {
        var (exit, output, _) = Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("check", "--format", "--output", "--target-os", "--assembly-name", "--context", "--assets-file", "--engine", "--host", "--timeout", "--allow-empty")]
    [InlineData("fix", "--dry-run", "--target-os", "--assembly-name", "--allow-empty")]
    [InlineData("dump", "FILE")]
    [InlineData("engine", "--format", "--host", "--timeout")]
    public void Each_command_has_its_help(string command, params string[] mentions)
    {
        var (exit, output, _) = Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains($"notnative {command}", output);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, output);
        }
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var (exit, output, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var (exit, output, error) = Run();
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("a command is needed", error);
    }

    [Fact]
    public void Engine_messages_name_the_CLI_switch_not_the_MSBuild_property()
    {
        const string deadEngine = "unix:///tmp/nn-cli-usage-no-engine.sock";
        var (_, auto, _) = Run("check", _folder, "--host", deadEngine);
        Assert.Contains("info NN3002", auto);
        Assert.Contains("pass '--engine off' to skip this check.", auto);
        Assert.DoesNotContain("NotNativeEngineCheck", auto);

        var (_, required, _) = Run("check", _folder, "--host", deadEngine, "--engine", "required");
        Assert.Contains("error NN3002", required);
        Assert.Contains("pass '--engine auto' to build without an engine.", required);
        Assert.DoesNotContain("NotNativeEngineCheck", required);

        var (_, unusable, _) = Run("check", _folder, "--host", "tcp://[::1", "--engine", "auto");
        Assert.Contains("warning NN9002", unusable);
        Assert.Contains("(or --host); pass '--engine off' to skip this check.", unusable);
        Assert.DoesNotContain("NotNative", unusable.Replace("NotNative could not", string.Empty));
    }

    [Fact]
    public void How_to_set_the_engine_check_depends_on_the_host()
    {
        Assert.Equal("set NotNativeEngineCheck=off", CheckHost.MSBuild.SetEngineCheck(EngineCheckMode.Off));
        Assert.Equal("set NotNativeEngineCheck=auto", CheckHost.MSBuild.SetEngineCheck(EngineCheckMode.Auto));
        Assert.Equal("pass '--engine off'", CheckHost.Cli.SetEngineCheck(EngineCheckMode.Off));
        Assert.Equal("pass '--engine auto'", CheckHost.Cli.SetEngineCheck(EngineCheckMode.Auto));
    }

    [Fact]
    public void Folder_search_finds_Dockerfiles_and_not_source_files_named_like_them()
    {
        var tree = Path.Combine(_folder, "tree");
        foreach (var name in new[] { "Dockerfile", "Dockerfile.windows", "api.Dockerfile", "dockerfile.go", "Dockerfile.md", "Dockerfile.json", "Dockerfile.cs",
                     "Dockerfile.py", "Dockerfile.tar.gz", "Dockerfile.dockerignore", "Dockerfile.yml", "dockerfile_test.go", "README.md" })
        {
            Directory.CreateDirectory(tree);
            File.WriteAllText(Path.Combine(tree, name), "FROM alpine\n");
        }

        var (exit, output, _) = Run("check", tree, "--engine", "off", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(JsonDocument.Parse(output).RootElement.EnumerateArray());

        var errors = new List<string>();
        var found = NotNative.Cli.DockerfileDiscovery.Expand(new[] { tree }, errors).Select(Path.GetFileName).ToArray();
        Assert.Empty(errors);
        Assert.Equal(new[] { "Dockerfile", "Dockerfile.windows", "api.Dockerfile" }.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Dockerfile", true)]
    [InlineData("dockerfile", true)]
    [InlineData("Dockerfile.dev", true)]
    [InlineData("Dockerfile.arm64", true)]
    [InlineData("web.Dockerfile", true)]
    [InlineData("web.dockerfile", true)]
    [InlineData("dockerfile.go", false)]
    [InlineData("Dockerfile.cs", false)]
    [InlineData("Dockerfile.py", false)]
    [InlineData("Dockerfile.md", false)]
    [InlineData("Dockerfile.json", false)]
    [InlineData("Dockerfile.tar.gz", false)]
    [InlineData("Dockerfile.", false)]
    [InlineData("Dockerfiles", false)]
    [InlineData("MyDockerfile", false)]
    public void Dockerfile_names(string name, bool expected) => Assert.Equal(expected, DockerfileNames.IsDockerfileName(name));

    [Fact]
    public void The_report_is_written_as_findings_come_not_built_whole()
    {
        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var writer = new StringWriter();
            var report = FindingReport.Start(format, writer, []);
            report.Add(new Finding("NN2001", RuleSeverity.Error, "Dockerfile", 1, 6, 1, 20, "first", "t", "h"));
            Assert.Contains("first", writer.ToString());
            report.Add(new Finding("NN2003", RuleSeverity.Warning, "Dockerfile", 2, 9, 2, 15, "second", "t", "h"));
            Assert.Contains("second", writer.ToString());
            report.Complete();
            if (format != "text")
            {
                Assert.Equal(JsonValueKind.Object == JsonDocument.Parse(writer.ToString()).RootElement.ValueKind ? "sarif" : "json", format);
            }
        }
    }
}

/// <summary>A test that writes to /dev/full, the device that is always a full disk (Linux).</summary>
public sealed class DevFullFactAttribute : FactAttribute
{
    public DevFullFactAttribute()
    {
        if (!File.Exists("/dev/full"))
        {
            Skip = "needs /dev/full, a device that is always full (Linux)";
        }
    }
}
