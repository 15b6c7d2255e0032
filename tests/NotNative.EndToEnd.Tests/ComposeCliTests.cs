using System.Text.Json;

namespace NotNative.EndToEnd.Tests;

/// <summary>`notnative check` and `fix` on compose files, in process.</summary>
public sealed class ComposeCliTests : IDisposable
{
    private const string Compose = "services:\n  api:\n    image: api\n    build: ./api\n    environment:\n      - Db=Host=host.docker.internal\n    volumes:\n      - C:\\Users\\me\\data:/data\n";

    private readonly CliTests _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Check_finds_compose_files_in_folders_and_reports_them_in_text_json_and_sarif()
    {
        var compose = _cli.Write("shop/docker-compose.yml", Compose);
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(compose)!, "Api"));
        _cli.Write("shop/compose.yaml.orig", Compose);
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(compose))!;

        var (exit, text, _) = _cli.Run("check", folder, "--engine", "off");
        Assert.Equal(0, exit);
        Assert.Contains("docker-compose.yml(4,12): warning NN4005", text, StringComparison.Ordinal);
        Assert.Contains("docker-compose.yml(6,17): warning NN4002", text, StringComparison.Ordinal);
        Assert.Contains("docker-compose.yml(8,9): warning NN4001", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var (_, json, _) = _cli.Run("check", folder, "--engine", "off", "--format", "json");
        Assert.Equal(new[] { "NN4002", "NN4001", "NN4005" }, JsonDocument.Parse(json).RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()));

        var (_, sarif, _) = _cli.Run("check", folder, "--engine", "off", "--format", "sarif");
        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("NN4001", rules);
        Assert.Contains("NN4007", rules);
        Assert.Equal(3, run.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Fix_adds_extra_hosts_keeping_BOM_CRLF_and_file_mode()
    {
        var path = Path.Combine(Path.GetTempPath(), "notnative-compose-fix-" + Guid.NewGuid().ToString("N")[..12], "compose.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var text = "services:\r\n  api:\r\n    image: api\r\n    command: [\"--db\", \"host.docker.internal\"]\r\n";
            File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
            }

            var (dryExit, dryOut, _) = _cli.Run("fix", path, "--dry-run");
            Assert.Equal(0, dryExit);
            Assert.Contains("would apply NN4002: Map host.docker.internal to host-gateway in extra_hosts", dryOut, StringComparison.Ordinal);

            var (exit, _, _) = _cli.Run("fix", path);
            Assert.Equal(0, exit);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.Equal("services:\r\n  api:\r\n    extra_hosts:\r\n      - \"host.docker.internal:host-gateway\"\r\n    image: api\r\n    command: [\"--db\", \"host.docker.internal\"]\r\n",
                System.Text.Encoding.UTF8.GetString(bytes[3..]));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
            }

            var (checkExit, checkOut, _) = _cli.Run("check", path, "--engine", "off");
            Assert.Equal(0, checkExit);
            Assert.Empty(checkOut);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
