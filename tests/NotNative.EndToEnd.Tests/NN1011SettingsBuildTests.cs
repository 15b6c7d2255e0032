namespace NotNative.EndToEnd.Tests;

/// <summary>NN1011 in `dotnet build`: the package adds the appsettings files, and the analyzer reports the LocalDB line of appsettings.json only.</summary>
[Collection(PackageCollection.Name)]
public class NN1011SettingsBuildTests(PackedPackage package)
{
    private const string Settings = """
        {
          "ConnectionStrings": {
            "DefaultConnection": "Server=(localdb)\\mssqllocaldb;Database=aspnet-WebApp;Trusted_Connection=True;MultipleActiveResultSets=true"
          },
          "AllowedHosts": "*"
        }
        """;

    [Fact]
    public void A_container_project_s_build_reports_LocalDB_in_appsettings_json_and_not_in_appsettings_Development_json()
    {
        var folder = package.CreateProject("LocalDbSettings", dockerfile: null, "<DockerDefaultTargetOS>Linux</DockerDefaultTargetOS>", new()
        {
            ["appsettings.json"] = Settings,
            ["appsettings.Development.json"] = Settings,
        });

        var (exitCode, output) = Dotnet.Run(folder, "build", "--nologo");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"appsettings\.json\(3,26\): warning NN1011: '\(localdb\)\\mssqllocaldb' is SQL Server LocalDB", output);
        Assert.DoesNotContain("appsettings.Development.json(", output);
        Assert.DoesNotContain("AD0001", output);
        Assert.DoesNotContain("MSB4018", output);
    }
}
