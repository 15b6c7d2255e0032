using System.Text.RegularExpressions;
using NotNative.Tests;

namespace NotNative.EndToEnd.Tests;

/// <summary>Compose files in a project built from the packed package: the analyzer loads YamlDotNet from beside it.</summary>
[Collection(PackageCollection.Name)]
public class ComposeBuildTests(PackedPackage package)
{
    [Fact]
    public void Compose_files_of_the_project_are_checked_in_the_build_with_the_shipped_yaml_parser()
    {
        var folder = package.CreateProject("ComposeProject", dockerfile: null,
            "<DockerDefaultTargetOS>Linux</DockerDefaultTargetOS><NotNativeTargetPlatform>linux/arm64</NotNativeTargetPlatform>", new()
            {
                ["docker-compose.yml"] = "services:\n  api:\n    image: composeproject\n    volumes:\n      - C:\\Users\\me\\data:/data\n" +
                                         "  legacy:\n    image: mcr.microsoft.com/dotnet/framework/aspnet:4.8\n  db:\n    image: postgres:16\n    platform: linux/amd64\n",
                ["docker-compose.override.yml"] = "services:\n  api:\n    environment:\n      - Db=Host=host.docker.internal\n",
                ["compose.yaml.bak"] = "services:\n  api:\n    volumes:\n      - C:\\old:/data\n",
            });

        var (exitCode, output) = Dotnet.Run(folder, "build", "--nologo");

        Assert.True(exitCode != 0, output);
        Assert.Matches(@"docker-compose\.yml\(5,9\): warning NN4001", output);
        Assert.Matches(@"docker-compose\.yml\(7,12\): error NN4003", output);
        Assert.Matches(@"docker-compose\.yml\(10,15\): warning NN4004", output);
        Assert.Matches(@"docker-compose\.override\.yml\(4,17\): warning NN4002", output);
        Assert.DoesNotContain("compose.yaml.bak", output);
        Assert.DoesNotContain("AD0001", output);
        Assert.DoesNotContain("CS8032", output);
        Assert.DoesNotContain("CS8784", output);
    }

    [Fact]
    public void The_compose_files_of_the_solutions_docker_compose_dcproj_folder_are_checked_too()
    {
        var folder = package.CreateProject("ComposeSolutionProject", dockerfile: null);
        var solution = Path.Combine(Path.GetDirectoryName(folder)!, "ComposeSolution");
        Directory.CreateDirectory(solution);
        File.WriteAllText(Path.Combine(solution, "docker-compose.dcproj"), "<Project />\n");
        File.WriteAllText(Path.Combine(solution, "docker-compose.override.yml"), "services:\n  api:\n    volumes:\n      - C:\\Users\\me\\data:/data\n");

        var (exitCode, output) = Dotnet.Run(folder, "build", "--nologo", $"-p:SolutionDir={solution}{Path.DirectorySeparatorChar}");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"ComposeSolution[/\\]docker-compose\.override\.yml\(4,9\): warning NN4001", output);

        // Without the dcproj the solution folder's compose files are not the project's.
        File.Delete(Path.Combine(solution, "docker-compose.dcproj"));
        var (_, without) = Dotnet.Run(folder, "build", "--nologo", "--no-incremental", $"-p:SolutionDir={solution}{Path.DirectorySeparatorChar}");
        Assert.DoesNotContain("NN4001", without);
    }

    [Fact]
    public void Memory_above_Docker_Desktops_VM_is_NN4007_on_the_compose_files_line_in_both_routes_without_a_Dockerfile()
    {
        // desktop-mac-arm64: a 7.7 GiB VM.
        using var engine = new ReplayEngine(ReplayEngine.Payload("desktop-mac-arm64.info.json"));
        var folder = package.CreateProject("ComposeEngineProject", dockerfile: null, files: new()
        {
            ["compose.yaml"] = "services:\n  search:\n    image: elasticsearch:8.15.0\n    mem_limit: 64g\n",
        });
        var host = $"-p:NotNativeDockerHost={engine.Uri}";

        var (taskExit, taskOutput) = Dotnet.Run(folder, "build", "--nologo", "-tl:off", "-v:n", host);
        var (toolExit, toolOutput) = Dotnet.Run(folder, "build", "--nologo", "-tl:off", "-v:n", "--no-incremental", "-p:NotNativeCheckRoute=tool", host);

        Assert.True(taskExit == 0, taskOutput);
        Assert.True(toolExit == 0, toolOutput);
        var pattern = @"compose\.yaml\(4,16[,\d]*\): warning NN4007: Service 'search' sets mem_limit to 64g";
        Assert.Matches(pattern, taskOutput);
        Assert.Matches(pattern, toolOutput);
        Assert.Contains("notnative-check.dll --format json", toolOutput);
        Assert.Equal(Findings(taskOutput), Findings(toolOutput));

        // Nothing changed: the check is skipped (its stamp is newer than the compose file and the project).
        var (_, again) = Dotnet.Run(folder, "build", "--nologo", "-tl:off", host);
        Assert.DoesNotContain("NN4007", again);
    }

    private static List<string> Findings(string output) =>
        Regex.Matches(output, @"^.*: (error|warning) NN\d{4}: .*?(?= \[/|$)", RegexOptions.Multiline)
            .Select(m => m.Value.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
}
