using NotNative.Analyzers.Compose;

namespace NotNative.Analyzers.Tests;

/// <summary>The light-bulb fixes on a compose file (an additional document): the same edits as `notnative fix`.</summary>
public class ComposeCodeFixTests
{
    [Fact]
    public async Task NN4001_fix_makes_a_path_in_the_compose_files_folder_relative()
    {
        // The compose file's own location is a Windows path (forward slashes, so the folder is found on any OS).
        var fixedText = await DockerfileCodeFixTests.FixAsync(
            "services:\r\n  web:\r\n    volumes:\r\n      - C:\\src\\shop\\data:/data\r\n", "NN4001", "C:/src/shop/docker-compose.yml", new ComposeAnalyzer());
        Assert.Equal("services:\r\n  web:\r\n    volumes:\r\n      - ./data:/data\r\n", fixedText);
    }

    [Fact]
    public async Task NN4002_fix_adds_the_extra_hosts_entry()
    {
        var fixedText = await DockerfileCodeFixTests.FixAsync(
            "services:\n  api:\n    image: api\n    command: curl http://host.docker.internal\n", "NN4002", "/src/compose.yaml", new ComposeAnalyzer());
        Assert.Equal("services:\n  api:\n    extra_hosts:\n      - \"host.docker.internal:host-gateway\"\n    image: api\n    command: curl http://host.docker.internal\n", fixedText);
    }
}
