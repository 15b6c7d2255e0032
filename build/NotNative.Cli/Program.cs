using NotNative.Cli;
using NotNative.Cli.Commands;

return NotNativeCommand.Run(args, Console.Out, Console.Error);

namespace NotNative.Cli
{
    /// <summary>The `notnative` command: check, fix, dump (and engine, with the engine checks).</summary>
    public static class NotNativeCommand
    {
        public const string Usage =
            "usage: notnative <command> [options]\n" +
            "\n" +
            "commands:\n" +
            "  check [PATH ...]   run the Dockerfile rules over files or folders (default: .)\n" +
            "      --format text|json|sarif   output format (default: text)\n" +
            "      --output FILE              write the report to FILE\n" +
            "      --target-os linux|windows  the OS the containers run on (default: linux)\n" +
            "      --assembly-name NAME       the project's assembly name (NN2011)\n" +
            "      --context DIR              the build context (default: each Dockerfile's folder)\n" +
            "      --engine auto|required|off ask the engine its OS (default: auto)\n" +
            "      --host URI                 the engine endpoint (default: DOCKER_HOST, docker contexts, the platform default)\n" +
            "      --timeout MS               engine timeout in milliseconds (default: 5000)\n" +
            "  fix [PATH ...]     apply the mechanical fixes (atomic writes; encoding, BOM and line endings kept)\n" +
            "      --dry-run                  say what would change, change nothing\n" +
            "  dump FILE          print BuildKit's AST dump of a Dockerfile\n" +
            "  engine             print what the engine is: endpoint, OS, kernel, architecture, native or a VM\n" +
            "      --format text|json, --host URI, --timeout MS\n" +
            "\n" +
            "exit codes: 0 no error-severity finding, 1 one or more, 2 usage error\n";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var parsed = CliArguments.Parse(args);
            if (parsed.Error != null)
            {
                stderr.WriteLine("notnative: " + parsed.Error);
                stderr.Write(Usage);
                return ExitCodes.Usage;
            }

            if (parsed.Switch("--help") || parsed.Switch("-h") || parsed.Verb is "help")
            {
                stdout.Write(Usage);
                return ExitCodes.Clean;
            }

            switch (parsed.Verb)
            {
                case "check":
                    return CheckCommand.Run(parsed, stdout, stderr);
                case "fix":
                    return FixCommand.Run(parsed, stdout, stderr);
                case "engine":
                    return EngineCommand.Run(parsed, stdout, stderr);
                case "dump":
                    return DumpCommand.Run(parsed, stdout, stderr);
                default:
                    stderr.WriteLine(parsed.Verb.Length == 0 ? "notnative: a command is needed" : $"notnative: unknown command '{parsed.Verb}'");
                    stderr.Write(Usage);
                    return ExitCodes.Usage;
            }
        }
    }
}
