using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotNative.EndToEnd.Tests;

/// <summary>
/// The IDE, proven through a real Roslyn language server: csharp-ls (a dotnet tool) opens a project that references
/// the packed package, as VS Code or Neovim would, and reports NN1xxx on C# and NN2xxx on the Dockerfile.
/// </summary>
[Collection(PackageCollection.Name)]
public class CsharpLsTests(PackedPackage package)
{
    private const string Version = "0.28.0";

    // A language server loads the project with design-time builds: slow on a loaded machine, so the waits are long.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    private static string InstallCsharpLs()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var toolPath = Path.Combine(home, ".cache", "notnative-tests", "csharp-ls-" + Version);
        var program = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        if (!File.Exists(program))
        {
            // From the NuGet feed the machine is configured with, as package restore uses.
            var (exit, output) = Dotnet.Run(Path.GetDirectoryName(toolPath)!, "tool", "install", "csharp-ls", "--version", Version, "--tool-path", toolPath);
            Assert.True(exit == 0 || File.Exists(program), $"dotnet tool install csharp-ls failed:\n{output}");
        }

        return program;
    }

    private static List<(string Uri, string Code, JsonElement Diagnostic)> Diagnostics(JsonElement workspaceReport) =>
        workspaceReport.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("kind").GetString() == "full")
            .SelectMany(item => item.GetProperty("items").EnumerateArray().Select(d => (item.GetProperty("uri").GetString()!, d.GetProperty("code").ToString(), d)))
            .Where(d => d.Item2.StartsWith("NN", StringComparison.Ordinal))
            .ToList();

    [Fact]
    public async Task Csharp_ls_reports_NN1xxx_on_CSharp_and_NN2xxx_on_the_Dockerfile_but_offers_no_NotNative_code_fix()
    {
        var program = InstallCsharpLs();
        var folder = package.CreateProject("IdeSample", "FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nWORKDIR /app\n",
            "<DockerDefaultTargetOS>Linux</DockerDefaultTargetOS>",
            new()
            {
                ["Program.cs"] = "using System;\nusing System.IO;\n\nvar exports = \"C:\\\\exports\";\nvar cache = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);\nConsole.WriteLine(Path.Combine(exports, cache));\n",
            });
        var (restoreExit, restoreOutput) = Dotnet.Run(folder, "restore");
        Assert.True(restoreExit == 0, restoreOutput);

        // csharp-ls runs analyzers only with its analyzersEnabled setting, which it asks for with workspace/configuration.
        using var server = new LanguageServer(program, folder, section => section == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null);
        var root = new Uri(folder + "/").AbsoluteUri.TrimEnd('/');
        await server.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = root,
            workspaceFolders = new[] { new { uri = root, name = "IdeSample" } },
            capabilities = new
            {
                workspace = new { configuration = true, diagnostics = new { } },
                textDocument = new { diagnostic = new { dynamicRegistration = false }, codeAction = new { codeActionLiteralSupport = new { codeActionKind = new { valueSet = new[] { "quickfix", "refactor" } } } } },
            },
        }, Patience);
        server.Notify("initialized", new { });

        // The Dockerfile is an additional file: its diagnostics come with the project's, through workspace/diagnostic.
        var workspace = Diagnostics(await server.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }, Patience));
        var programUri = root + "/Program.cs";
        Assert.Equal(
            new[] { (root + "/Dockerfile", "NN2001"), (programUri, "NN1001"), (programUri, "NN1009") },
            workspace.Select(d => (d.Uri, d.Code)).OrderBy(d => d.Item1, StringComparer.Ordinal).ThenBy(d => d.Item2, StringComparer.Ordinal).ToArray());

        // An open C# file gets them through textDocument/diagnostic too.
        server.Notify("textDocument/didOpen", new { textDocument = new { uri = programUri, languageId = "csharp", version = 1, text = File.ReadAllText(Path.Combine(folder, "Program.cs")) } });
        var document = await server.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = programUri } }, Patience);
        var nn1009 = document.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("code").ToString() == "NN1009");
        Assert.Contains(document.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").ToString() == "NN1001");

        // NN1009 has a code fix ("Pass Environment.SpecialFolderOption.Create", tested through Roslyn's workspace API), but
        // csharp-ls offers only fixes from Roslyn's own assemblies, for compiler diagnostics: never an analyzer package's.
        // If this starts failing, csharp-ls has learnt to: update the README's "In the editor" table.
        var actions = await server.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = programUri },
            range = nn1009.GetProperty("range"),
            context = new { diagnostics = new[] { nn1009 } },
        }, Patience);
        var titles = actions.ValueKind == JsonValueKind.Array ? actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList() : [];
        Assert.DoesNotContain("Pass Environment.SpecialFolderOption.Create", titles);

        await server.ShutdownAsync(Patience);
    }
}
