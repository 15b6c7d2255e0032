using System.Diagnostics;

namespace NotNative.Tasks.Tests;

/// <summary>The build task reads user files through the same safe reader as the CLI: no hang on a FIFO, NN9001 on a huge file.</summary>
public class UserFileSafetyTests
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(60);

    private static void MakeFifo(string path)
    {
        using var process = Process.Start("mkfifo", path);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_FIFO_Dockerfile_is_NN9001_not_a_hung_build()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs
        }

        using var context = new TempContext();
        MakeFifo(Path.Combine(context.Root, "Dockerfile"));

        var (result, engine) = await Task.Run(() => context.Run(configure: t => t.EngineCheck = "off")).WaitAsync(NoHang);

        Assert.False(result);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("NN9001", error.Code);
        Assert.StartsWith("The Dockerfile is a FIFO (named pipe), not a regular file.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FIFOs_as_dockerignore_and_in_the_context_do_not_hang_the_build()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs
        }

        using var context = new TempContext();
        context.Write("Dockerfile", "FROM alpine\nCOPY . /src\n");
        context.Write("run.sh", "#!/bin/sh\r\n");
        MakeFifo(Path.Combine(context.Root, ".dockerignore"));
        MakeFifo(Path.Combine(context.Root, "pipe.sh"));

        var (_, engine) = await Task.Run(() => context.Run(configure: t => t.EngineCheck = "off")).WaitAsync(NoHang);

        Assert.Equal("NN3005", Assert.Single(engine.Errors).Code);
        Assert.Equal("NN9001", Assert.Single(engine.Warnings).Code);
        Assert.Contains("'run.sh'", engine.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dockerfile_over_the_cap_is_NN9001_too_large()
    {
        using var context = new TempContext();
        using (var stream = File.Create(Path.Combine(context.Root, "Dockerfile")))
        {
            stream.SetLength(NotNative.Engine.Files.UserFileReader.MaxDockerfileBytes + 1);
        }

        var (result, engine) = context.Run(configure: t => t.EngineCheck = "off");

        Assert.False(result);
        Assert.Contains("is too large: 4,194,305 bytes; NotNative reads files up to 4 MiB", Assert.Single(engine.Errors).Message, StringComparison.Ordinal);
    }
}
