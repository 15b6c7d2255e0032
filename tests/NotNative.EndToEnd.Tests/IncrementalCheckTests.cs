namespace NotNative.EndToEnd.Tests;

/// <summary>The build check is skipped when nothing it reads changed, and runs again when something it would copy did.</summary>
[Collection(PackageCollection.Name)]
public class IncrementalCheckTests(PackedPackage package)
{
    private const string Skipped = "Skipping target \"NotNativeCheck\" because all output files are up-to-date";

    [Fact]
    public void A_CRLF_script_added_under_a_folder_the_Dockerfile_copies_runs_the_check_again()
    {
        var folder = package.CreateProject("CopiedFolder",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY scripts/ /scripts/\nENTRYPOINT [\"/scripts/start.sh\"]\n",
            files: new() { ["scripts/start.sh"] = "#!/bin/sh\nexec dotnet CopiedFolder.dll\n" });

        var (firstExit, first) = Dotnet.Run(folder, "build", "--nologo", "-v:n", "-p:NotNativeEngineCheck=off");
        Assert.True(firstExit == 0, first);
        Assert.DoesNotContain(Skipped, first);

        var (secondExit, second) = Dotnet.Run(folder, "build", "--nologo", "-v:n", "-p:NotNativeEngineCheck=off");
        Assert.True(secondExit == 0, second);
        Assert.Contains(Skipped, second);

        Directory.CreateDirectory(Path.Combine(folder, "scripts", "tools"));
        File.WriteAllText(Path.Combine(folder, "scripts", "tools", "migrate.sh"), "#!/bin/sh\r\necho migrating\r\n");
        var (thirdExit, third) = Dotnet.Run(folder, "build", "--nologo", "-p:NotNativeEngineCheck=off");
        Assert.NotEqual(0, thirdExit);
        Assert.Matches(@"Dockerfile\(2,6,2,14\): error NN3005: The shell script 'scripts/tools/migrate.sh' has CRLF", third);
    }
}
