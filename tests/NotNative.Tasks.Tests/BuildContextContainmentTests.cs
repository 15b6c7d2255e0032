namespace NotNative.Tasks.Tests;

/// <summary>The context checks read nothing outside the build context, as docker build sends nothing outside it.</summary>
public class BuildContextContainmentTests
{
    private const string CrlfScript = "#!/bin/sh\r\necho secret\r\n";

    /// <summary>A context folder <c>app</c> with a sibling <c>app-x</c> holding a CRLF script.</summary>
    private static (TempContext Root, string Context, string Outside) Layout()
    {
        var root = new TempContext();
        root.Write("app-x/secret.sh", CrlfScript);
        root.Write("app/placeholder.txt", "x");
        return (root, Path.Combine(root.Root, "app"), Path.Combine(root.Root, "app-x"));
    }

    private static (bool Result, RecordingBuildEngine Engine, string[] Read) Run(TempContext root, string context, string dockerfile)
    {
        File.WriteAllText(Path.Combine(context, "Dockerfile"), dockerfile);
        var engine = new RecordingBuildEngine();
        var task = new NotNativeCheck { BuildEngine = engine, Dockerfile = Path.Combine(context, "Dockerfile"), EngineCheck = "off" };
        var result = task.Execute();
        return (result, engine, task.FilesRead.Select(i => i.ItemSpec).ToArray());
    }

    [Theory]
    [InlineData("FROM alpine\nCOPY ../app-x/secret.sh /s.sh\n")]
    [InlineData("FROM alpine\nCOPY ../app-x/ /x/\n")]
    [InlineData("FROM alpine\nCOPY ../app-*/secret.sh /x/\n")]
    [InlineData("FROM alpine\nCOPY ../../../../../../../../etc/* /x/\n")]
    [InlineData("FROM alpine\nCOPY ../*/*.sh /x/\n")]
    public void Sources_that_climb_out_of_the_context_read_nothing_outside(string dockerfile)
    {
        var (root, context, _) = Layout();
        using (root)
        {
            var (_, engine, read) = Run(root, context, dockerfile);

            Assert.Empty(engine.Errors);
            Assert.All(read, file => Assert.StartsWith(context + Path.DirectorySeparatorChar, file, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Links_in_the_context_are_not_followed_out_of_it()
    {
        var (root, context, outside) = Layout();
        using (root)
        {
            Directory.CreateSymbolicLink(Path.Combine(context, "linked"), outside);
            File.CreateSymbolicLink(Path.Combine(context, "entry.sh"), Path.Combine(outside, "secret.sh"));

            var (_, engine, read) = Run(root, context, "FROM alpine\nCOPY . /src\nCOPY linked/secret.sh /s.sh\nCOPY entry.sh /e.sh\n");

            Assert.Empty(engine.Errors);
            Assert.Empty(read);
        }
    }

    [Fact]
    public async Task A_FIFO_in_the_context_does_not_hang_the_check()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var context = new TempContext();
        context.Write("run.sh", CrlfScript);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(context.Root, "pipe.sh")))
        {
            await mkfifo.WaitForExitAsync();
        }

        var run = Task.Run(() => Run(context, context.Root, "FROM alpine\nCOPY . /src\nCOPY pipe.sh /p.sh\n"));
        var (_, engine, _) = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("NN3005", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Wildcards_in_a_folder_segment_are_checked_too()
    {
        using var context = new TempContext();
        context.Write("scripts/run.sh", CrlfScript);

        var (_, engine, read) = Run(context, context.Root, "FROM alpine\nCOPY scr*/run.sh /run.sh\n");

        Assert.Equal("NN3005", Assert.Single(engine.Errors).Code);
        Assert.Single(read);
    }
}
