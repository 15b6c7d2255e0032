using NotNative.Dockerfiles.Syntax;

namespace NotNative.Cli.Commands;

/// <summary>`notnative dump FILE`: BuildKit's AST dump of a Dockerfile.</summary>
internal static class DumpCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Paths.Count != 1)
        {
            stderr.WriteLine("usage: notnative dump FILE");
            return ExitCodes.Usage;
        }

        var path = args.Paths[0];
        if (!File.Exists(path) && new FileInfo(path).LinkTarget == null)
        {
            stderr.WriteLine($"{path}: no such file");
            return ExitCodes.Usage;
        }

        var read = NotNative.Engine.Files.UserFileReader.Read(path);
        if (!read.Succeeded)
        {
            stderr.WriteLine($"{DockerfileDiscovery.Display(path)}: error NN9001: {NotNative.Engine.Files.UserFileReader.DockerfileNotRead(read.Problem!)}");
            return ExitCodes.Findings;
        }

        var syntax = DockerfileParser.Parse(DockerfileText.Decode(read.Bytes!).Text);
        stdout.Write(DockerfileDump.Dump(syntax));
        foreach (var error in syntax.Errors)
        {
            var position = syntax.GetPosition(error.Span.Start);
            stderr.WriteLine($"{DockerfileDiscovery.Display(path)}({position.Line + 1},{position.Character + 1}): error NN9001: {error.Message}");
        }

        return syntax.Errors.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }
}

internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int Usage = 2;

    /// <summary>Ctrl+C: the shell's 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
