using NotNative.Tests;
using System.Text.Json;
using NotNative.Cli;

namespace NotNative.EndToEnd.Tests;

/// <summary>The notnative command in process: formats, exit codes, dump, fix.</summary>
public class CliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notnative-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public CliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = NotNativeCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    internal string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_prints_MSBuild_canonical_text_and_exits_1_on_errors()
    {
        var path = Write("Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n");
        var (exit, output, _) = Run("check", path, "--engine", "off", "--target-os", "linux");
        Assert.Equal(1, exit);
        Assert.Matches(@"Dockerfile\(1,6\): error NN2001: ", output);
    }

    [Fact]
    public void Check_on_a_folder_finds_Dockerfiles_and_exits_0_on_warnings_only()
    {
        Write("svc/api.Dockerfile", "FROM alpine\nWORKDIR C:\\app\n");
        Write("svc/bin/Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n");
        var (exit, output, _) = Run("check", _folder, "--engine", "off");
        Assert.Equal(0, exit);
        Assert.Contains("api.Dockerfile(2,9): warning NN2003", output);
        Assert.DoesNotContain("NN2001", output);
    }

    [Fact]
    public void Without_target_os_each_file_is_checked_against_its_own_OS()
    {
        Write("app/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\n");
        Write("app/Dockerfile.nanoserver", "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nWORKDIR C:\\app\nUSER ContainerUser\n");

        var (exit, output, _) = Run("check", Path.Combine(_folder, "app"), "--engine", "off");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);

        var (linuxExit, linuxOutput, _) = Run("check", Path.Combine(_folder, "app"), "--engine", "off", "--target-os", "linux");
        Assert.Equal(1, linuxExit);
        Assert.Matches(@"Dockerfile\.nanoserver\(1,6\): error NN2001: ", linuxOutput);
    }

    [Fact]
    public void Json_output_has_the_documented_fields()
    {
        var path = Write("Dockerfile", "FROM alpine\nENV API=http://host.docker.internal\n");
        var (_, output, _) = Run("check", path, "--format", "json", "--engine", "off");
        var item = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        Assert.Equal("NN2009", item.GetProperty("id").GetString());
        Assert.Equal("warning", item.GetProperty("severity").GetString());
        Assert.Equal(2, item.GetProperty("line").GetInt32());
        Assert.Equal(16, item.GetProperty("column").GetInt32());
        Assert.Equal(36, item.GetProperty("endColumn").GetInt32());
        Assert.True(item.TryGetProperty("endLine", out _));
        Assert.True(item.TryGetProperty("file", out _));
        Assert.True(item.TryGetProperty("message", out _));
    }

    [Fact]
    public void Sarif_output_is_SARIF_2_1_0_with_rules_and_regions()
    {
        var path = Write("Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n");
        var (_, output, _) = Run("check", path, "--format", "sarif", "--engine", "off", "--target-os", "linux");
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "NN2001");
        var result = run.GetProperty("results")[0];
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(6, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Sarif_rule_metadata_is_the_catalogue()
    {
        var path = Write("Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n");
        var (_, output, _) = Run("check", path, "--format", "sarif", "--engine", "off", "--target-os", "linux");
        var driver = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal(NotNative.Dockerfiles.Diagnostics.RuleCatalogue.RepositoryUrl, driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var entry = NotNative.Dockerfiles.Diagnostics.RuleCatalogue.Get(rule.GetProperty("id").GetString()!);
            Assert.Equal(entry.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(entry.Description, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(entry.HelpLink, rule.GetProperty("helpUri").GetString());
        }
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--target-os", "macos")]
    [InlineData("frobnicate")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "/no/such/path")]
    [InlineData("check", "--engine", "maybe")]
    [InlineData("check", "--timeout", "-1")]
    [InlineData("engine", "--format", "xml")]
    public void Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(2, Run(args).Exit);
    }

    [Theory]
    [InlineData("check", "0")]
    [InlineData("check", "soon")]
    [InlineData("check", "-5")]
    [InlineData("check", "1e3")]
    [InlineData("check", "99999999999")]
    [InlineData("engine", "soon")]
    public void A_malformed_timeout_is_a_usage_error_named_as_the_build_names_it(string command, string timeout)
    {
        var path = Write("Dockerfile", "FROM alpine\n");
        var (exit, _, error) = command == "check" ? Run("check", path, "--timeout", timeout) : Run("engine", "--timeout", timeout);
        Assert.Equal(2, exit);
        Assert.StartsWith($"--timeout is '{timeout}'; it must be a positive whole number of milliseconds (default 5000).", error);
    }

    [Fact]
    public void A_malformed_engine_mode_is_a_usage_error()
    {
        var path = Write("Dockerfile", "FROM alpine\n");
        var (exit, _, error) = Run("check", path, "--engine", "maybe");
        Assert.Equal(2, exit);
        Assert.StartsWith("--engine is 'maybe'; it must be auto, required or off.", error);
    }

    [Fact]
    public void Dump_prints_BuildKit_s_AST()
    {
        var path = Write("Dockerfile", "FROM alpine AS a\nCOPY --chmod=755 x /y\n");
        var (exit, output, _) = Run("dump", path);
        Assert.Equal(0, exit);
        Assert.Equal("(from \"alpine\" \"AS\" \"a\")\n(copy [\"--chmod=755\"] \"x\" \"/y\")\n", output);
    }

    [Fact]
    public void Fix_rewrites_atomically_keeping_BOM_and_CRLF()
    {
        var path = Path.Combine(_folder, "Dockerfile");
        var text = "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\r\nWORKDIR C:\\app\r\n";
        File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray());

        var (dryExit, dryOut, _) = Run("fix", path, "--dry-run", "--target-os", "linux");
        Assert.Equal(0, dryExit);
        Assert.Contains("would apply NN2001", dryOut);
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path)[3..]));

        var (exit, _, _) = Run("fix", path, "--target-os", "linux");
        Assert.Equal(0, exit);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:8.0\r\nWORKDIR /app\r\n", System.Text.Encoding.UTF8.GetString(bytes[3..]));
        Assert.Empty(Directory.GetFiles(_folder, ".Dockerfile.notnative-*"));
    }

    [Fact]
    public void Check_runs_the_engine_and_context_checks_too()
    {
        var path = Write("ctx/Dockerfile", "FROM alpine\nCOPY run.sh /run.sh\n");
        Write("ctx/run.sh", "#!/bin/sh\r\necho hi\r\n");
        var (exit, output, _) = Run("check", path, "--host", "unix:///tmp/nn-cli-no-engine.sock");
        Assert.Equal(1, exit);
        Assert.Contains("error NN3005", output);
        Assert.Contains("info NN3002", output);
        Assert.Contains("--host", output);
    }

    [Fact]
    public void Check_with_an_assets_file_reports_NN3008_on_the_PackageReference_and_notes_an_unreadable_one()
    {
        var project = Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"SkiaSharp\" Version=\"2.88.9\" />\n  </ItemGroup>\n</Project>\n");
        var assets = Write("app/obj/project.assets.json",
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "NotNative.Engine.Tests", "AssetsFiles", "skiasharp-2.88.9.assets.json"))
                .Replace("\"/src/App/App.csproj\"", JsonSerializer.Serialize(project), StringComparison.Ordinal));
        var dockerfile = Write("app/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\nCOPY . /app\n");

        var (exit, output, error) = Run("check", dockerfile, "--engine", "off", "--assets-file", assets);
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Matches(@"App\.csproj\(3,5\): warning NN3008: .*'libSkiaSharp'.* linux-musl-x64 \(the final image 'mcr.microsoft.com/dotnet/aspnet:8.0-alpine' is Alpine", output);

        File.WriteAllText(assets, "{ \"targets\": [");
        var (brokenExit, brokenOutput, brokenError) = Run("check", dockerfile, "--engine", "off", "--assets-file", assets);
        Assert.Equal((0, string.Empty), (brokenExit, brokenOutput));
        Assert.StartsWith("notnative: The assets file is not valid JSON", brokenError);
    }

    [Fact]
    public void Engine_command_reports_an_unreachable_engine_with_exit_1()
    {
        var (exit, output, _) = Run("engine", "--host", "unix:///tmp/nn-cli-no-engine.sock", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("\"answered\": false", output);
        Assert.Contains("Unreachable", output);
    }

    [DockerdFact]
    public void Engine_command_describes_the_real_engine()
    {
        // A generous timeout: a loaded test machine answers slowly, and this test is about the answer, not the deadline.
        var (exit, output, error) = Run("engine", "--host", Dockerd.SocketUri!, "--timeout", "60000");
        Assert.True(exit == 0, output + error);
        Assert.Contains("OSType:           linux", output);
        Assert.Contains("architecture:     amd64", output);
    }

    [Fact]
    public void Check_against_a_replayed_Apple_Silicon_Mac_reports_NN3007_in_JSON_and_reads_the_target_platform()
    {
        using var mac = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var kubectl = Write("kubectl/Dockerfile", "FROM ubuntu:22.04\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl\n");

        var (exit, output, _) = Run("check", kubectl, "--host", mac.Uri.ToString(), "--format", "json");
        Assert.Equal(1, exit);
        using (var report = JsonDocument.Parse(output))
        {
            var conflict = Assert.Single(report.RootElement.EnumerateArray(), f => f.GetProperty("id").GetString() == "NN3007");
            Assert.Equal(("error", 2, 40), (conflict.GetProperty("severity").GetString(), conflict.GetProperty("line").GetInt32(), conflict.GetProperty("column").GetInt32()));
            Assert.Contains("--host) is Docker Desktop on an arm64 Mac, but line 2 downloads", conflict.GetProperty("message").GetString());
        }

        // An SDK stage run under emulation: said only when --target-platform is another architecture than the engine's.
        var sdk = Write("sdk/Dockerfile", "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n");
        var (amdExit, amdOutput, _) = Run("check", sdk, "--host", mac.Uri.ToString(), "--target-platform", "linux/amd64");
        Assert.Equal(0, amdExit);
        Assert.Matches(@"Dockerfile\(1,6\): warning NN3007: --target-platform 'linux/amd64' builds the image for amd64, but the Docker engine at", amdOutput);
        Assert.DoesNotContain("NN3007", Run("check", sdk, "--host", mac.Uri.ToString(), "--target-platform", "arm64").Out);
        Assert.DoesNotContain("NN3007", Run("check", sdk, "--host", mac.Uri.ToString()).Out);
    }
}
