namespace NotNative.EndToEnd.Tests;

/// <summary>
/// Issue 15: `dotnet publish -t:PublishContainer` (no Dockerfile) stops at NotNative's error before any image work. The
/// image goes to a tarball (ContainerArchiveOutputPath), so nothing would be pushed, and nothing is pulled: the SDK never
/// reaches CreateNewImage.
/// </summary>
[Collection(PackageCollection.Name)]
public class SdkContainerPublishTests(PackedPackage package)
{
    private (int ExitCode, string Output) Publish(string folder, params string[] extra) =>
        Dotnet.Run(folder, new[] { "publish", "-t:PublishContainer", "--nologo", $"-p:ContainerArchiveOutputPath={Path.Combine(folder, "image.tar.gz")}",
            "-p:NotNativeDockerHost=unix:///tmp/nn-no-engine-here.sock" }.Concat(extra).ToArray());

    private static void AssertStoppedBeforeImageWork(string output)
    {
        Assert.DoesNotContain("CreateNewImage", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Downloading", output, StringComparison.Ordinal); // the SDK's log line; NotNative's messages say "downloading"
        Assert.DoesNotContain("MSB4018", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Windows_base_image_with_a_Linux_RID_fails_the_publish_with_NN2001_at_the_project_file_line()
    {
        var folder = package.CreateProject("NanoOnLinuxRid", dockerfile: null,
            "<ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022</ContainerBaseImage>\n    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>");

        var (exitCode, output) = Publish(folder);

        Assert.NotEqual(0, exitCode);
        // Line 5 of PackedPackage's project file, at the value: the analyzer's report, which stops the build in the compiler.
        Assert.Matches(@"NanoOnLinuxRid\.csproj\(5,\d+\): error NN2001: ContainerBaseImage 'mcr\.microsoft\.com/dotnet/aspnet:8\.0-nanoserver-ltsc2022' is a Windows image", output);
        AssertStoppedBeforeImageWork(output);
    }

    [Fact]
    public void Without_a_build_the_task_reports_a_command_line_ContainerFamily_and_stops_the_publish()
    {
        var folder = package.CreateProject("FamilyFromCommandLine", dockerfile: null, "<ContainerRepository>app</ContainerRepository>");
        var (buildExit, buildOutput) = Dotnet.Run(folder, "build", "-c", "Release", "--nologo");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain(" NN", buildOutput, StringComparison.Ordinal);

        var (exitCode, output) = Publish(folder, "--no-build", "-p:ContainerFamily=nanoserver-ltsc2022");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(@"FamilyFromCommandLine\.csproj : error NN2001: ContainerFamily 'nanoserver-ltsc2022' picks a Windows image", output);
        AssertStoppedBeforeImageWork(output);
    }

    [Theory]
    [InlineData("<ContainerRuntimeIdentifier>win-x64</ContainerRuntimeIdentifier>\n    <DockerDefaultTargetOS>Linux</DockerDefaultTargetOS>", @"\(5,\d+\): error NN2017")]
    [InlineData("<ContainerFamily>alpine</ContainerFamily>\n    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>", @"\(6,\d+\): warning NN2018")]
    public void The_held_out_cases_show_in_the_build_at_their_line(string properties, string expected)
    {
        var folder = package.CreateProject("HeldOut" + expected[^4..], dockerfile: null, properties);
        var (_, output) = Dotnet.Run(folder, "build", "--nologo");
        Assert.Matches(expected, output);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixed_twin_builds_clean_and_the_check_runs_before_PublishContainer()
    {
        var folder = package.CreateProject("AspnetOnLinuxRid", dockerfile: null,
            "<ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:8.0</ContainerBaseImage>\n    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>");
        var (buildExit, buildOutput) = Dotnet.Run(folder, "build", "--nologo");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain(" NN", buildOutput, StringComparison.Ordinal);

        // The check itself, as PublishContainer's BeforeTargets runs it (without the SDK's image work, which needs a registry):
        // no finding, and the local engine asked (none here: NN3002, a message).
        var (checkExit, checkOutput) = Dotnet.Run(folder, "msbuild", "-t:_NotNativeBeforePublishContainer;NotNativeCheck", "-v:n", "--nologo",
            "-p:NotNativeDockerHost=unix:///tmp/nn-no-engine-here.sock");
        Assert.True(checkExit == 0, checkOutput);
        Assert.Contains("NN3002", checkOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("error NN", checkOutput, StringComparison.Ordinal);
    }
}
