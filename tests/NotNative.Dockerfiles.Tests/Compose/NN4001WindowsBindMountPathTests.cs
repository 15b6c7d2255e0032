using NotNative.Dockerfiles.Compose;

namespace NotNative.Dockerfiles.Tests.Compose;

public class NN4001WindowsBindMountPathTests
{
    [Theory]
    // docker/compose#4257, reduced.
    [InlineData("services:\n  web:\n    image: nginx\n    volumes:\n      - C:\\Users\\me\\site:/www:rw\n", "C:\\Users\\me\\site", "5,9")]
    [InlineData("services:\n  web:\n    image: nginx\n    volumes:\n      - \"C:/Users/me/site:/www\"\n", "C:/Users/me/site", "5,10")]
    [InlineData("services:\n  web:\n    image: nginx\n    volumes:\n      - '\\\\fileserver\\share:/data'\n", "\\\\fileserver\\share", "5,10")]
    [InlineData("services:\n  web:\n    image: nginx\n    volumes:\n      - type: bind\n        source: D:\\data\n        target: /data\n", "D:\\data", "6,17")]
    [InlineData("services:\n  web:\n    image: nginx\n    volumes:\n      - source: 'c:/data'\n        target: /data\n", "c:/data", "5,18")]
    public void Windows_host_paths_in_bind_mounts_are_reported(string compose, string at, string position)
    {
        var diagnostic = Assert.Single(ComposeLint.Run(compose));
        Assert.Equal("NN4001", diagnostic.Id);
        Assert.Equal(at, ComposeLint.At(compose, diagnostic));
        Assert.Equal(position, ComposeLint.Position(compose, diagnostic));
        Assert.Contains("invalid volume specification", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    // Real compose files' volumes (awesome-compose, testcontainers-dotnet) and near misses.
    [InlineData("      - ./frontend:/usr/src/app\n")]
    [InlineData("      - /usr/src/app/node_modules\n")]
    [InlineData("      - db-data:/var/lib/mysql\n")]
    [InlineData("      - /var/run/docker.sock:/var/run/docker.sock\n")]
    [InlineData("      - ${APPDATA}/Microsoft/UserSecrets:/root/.microsoft/usersecrets:ro\n")]
    [InlineData("      - ~/.aws:/root/.aws:ro\n")]
    [InlineData("      - C:\\data\n")]
    [InlineData("      - type: volume\n        source: C:\\data\n        target: /data\n")]
    [InlineData("      - data:C:\\data\n")]
    public void Relative_named_variable_and_container_paths_are_clean(string volumes)
    {
        Assert.Empty(ComposeLint.Run("services:\n  web:\n    image: nginx\n    volumes:\n" + volumes));
    }

    [Fact]
    public void Windows_containers_are_not_checked()
    {
        Assert.Empty(ComposeLint.Run("services:\n  web:\n    image: app\n    volumes:\n      - C:\\data:C:\\data\n", ComposeLint.Windows));
    }

    [Fact]
    public void A_path_in_the_compose_files_folder_is_made_relative()
    {
        var compose = "services:\r\n  web:\r\n    image: nginx\r\n    volumes:\r\n      - C:\\src\\shop\\data\\db:/var/lib/db\r\n      - type: bind\r\n        source: \"c:/SRC/shop/config\"\r\n        target: /config\r\n";
        var options = new ComposeAnalysisOptions { ComposeDirectory = "C:\\src\\shop" };
        var diagnostics = ComposeLint.Run(compose, options);
        Assert.Equal(new[] { "NN4001", "NN4001" }, diagnostics.Select(d => d.Id));
        var fixedOnce = ComposeLint.Fixed(compose, diagnostics[1]);
        var fixedTwice = ComposeLint.Fixed(fixedOnce, ComposeLint.Run(fixedOnce, options).Single());
        Assert.Equal("services:\r\n  web:\r\n    image: nginx\r\n    volumes:\r\n      - ./data/db:/var/lib/db\r\n      - type: bind\r\n        source: \"./config\"\r\n        target: /config\r\n", fixedTwice);
        Assert.Empty(ComposeLint.Run(fixedTwice, options));
    }

    [Theory]
    [InlineData("C:\\elsewhere\\data", "C:\\src\\shop")]
    [InlineData("C:\\src\\shopping\\data", "C:\\src\\shop")]
    [InlineData("C:\\src\\shop\\data", null)]
    [InlineData("C:\\src\\shop\\data", "/home/me/shop")]
    public void Paths_outside_the_folder_or_without_a_known_folder_get_no_fix(string hostPath, string? folder)
    {
        var compose = $"services:\n  web:\n    image: nginx\n    volumes:\n      - {hostPath}:/data\n";
        var diagnostic = Assert.Single(ComposeLint.Run(compose, new ComposeAnalysisOptions { ComposeDirectory = folder }));
        Assert.Null(diagnostic.Fix);
    }
}
