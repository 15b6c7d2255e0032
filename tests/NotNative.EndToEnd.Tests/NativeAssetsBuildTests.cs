namespace NotNative.EndToEnd.Tests;

/// <summary>NN3008 in a real build: SkiaSharp 2.88.9 restored as a user restores it, with and without its Linux assets.</summary>
[Collection(PackageCollection.Name)]
public class NativeAssetsBuildTests(PackedPackage package)
{
    private const string LinuxDockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY . .\n";

    [Fact]
    public void SkiaSharp_without_its_Linux_assets_is_NN3008_on_the_PackageReference_line_and_the_fixed_twin_is_clean()
    {
        var broken = package.CreateProject("SkiaOnly", LinuxDockerfile, packages: new[] { ("SkiaSharp", "2.88.9") });
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(broken, "SkiaOnly.csproj")), l => l.Contains("Include=\"SkiaSharp\"", StringComparison.Ordinal)) + 1;

        // The engine is not asked: the container's architecture is then x64, whatever engine this machine has.
        var (exitCode, output) = Dotnet.Run(broken, "build", "--nologo", "-p:NotNativeEngineCheck=off");

        Assert.True(exitCode == 0, output);
        Assert.Matches($@"SkiaOnly\.csproj\({line},5\): warning NN3008: The package SkiaSharp brings, through SkiaSharp -> SkiaSharp.NativeAssets.Win32 .*'libSkiaSharp' for osx, win-arm64, win-x64, win-x86 only; the container's runtime identifier is linux-x64", output);
        Assert.Contains("Add a PackageReference to SkiaSharp.NativeAssets.Linux.NoDependencies", output);

        var fixedTwin = package.CreateProject("SkiaWithLinuxAssets", LinuxDockerfile,
            packages: new[] { ("SkiaSharp", "2.88.9"), ("SkiaSharp.NativeAssets.Linux.NoDependencies", "2.88.9") });
        var (fixedExit, fixedOutput) = Dotnet.Run(fixedTwin, "build", "--nologo", "-p:NotNativeEngineCheck=off");

        Assert.True(fixedExit == 0, fixedOutput);
        Assert.DoesNotContain(" NN", fixedOutput);
        Assert.DoesNotContain("MSB4018", fixedOutput + output);

        // The assets file is one of the check's inputs: a restore that rewrites it runs the check again.
        const string skipped = "Skipping target \"NotNativeCheck\" because all output files are up-to-date";
        Assert.Contains(skipped, Dotnet.Run(fixedTwin, "build", "--nologo", "--no-restore", "-v:d", "-p:NotNativeEngineCheck=off").Output);
        File.SetLastWriteTimeUtc(Path.Combine(fixedTwin, "obj", "project.assets.json"), DateTime.UtcNow.AddSeconds(5));
        Assert.DoesNotContain(skipped, Dotnet.Run(fixedTwin, "build", "--nologo", "--no-restore", "-v:d", "-p:NotNativeEngineCheck=off").Output);
    }
}
