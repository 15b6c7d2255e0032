using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using NotNative.Cli;
using NotNative.Cli.Commands;
using NotNative.Cli.Output;

// Standard output through a buffer: a report of many findings is not one write call per line. Not disposed:
// Run flushes it, and a flush that failed (a full disk) must not be tried again at exit.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
return NotNativeCommand.Run(args, stdout, Console.Error);

namespace NotNative.Cli
{
    /// <summary>The `notnative` command: check, fix, dump and engine. Exit codes: 0, 1 (error findings), 2 (usage or I/O error).</summary>
    public static class NotNativeCommand
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var report = new ReportWriter(stdout, "standard output");
            try
            {
                var exit = Invoke(args, report, stderr);
                report.Flush();
                return exit;
            }
            catch (ReportWriteException e)
            {
                stderr.WriteLine("notnative: " + e.Message);
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The last resort: a coded one-line message, never a stack trace.
                stderr.WriteLine($"notnative: error NN9000: notnative failed unexpectedly ({e.GetType().Name}: {e.Message}). Please report it.");
                return ExitCodes.Usage;
            }
        }

        private static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var root = CliSyntax.Build();
            root.SetAction(_ =>
            {
                stderr.WriteLine("notnative: a command is needed: check, fix, dump or engine. Run 'notnative --help' for usage.");
                return ExitCodes.Usage;
            });
            foreach (var subcommand in root.Subcommands)
            {
                subcommand.SetAction(result => Dispatch(new CliArguments(result), stdout, stderr));
            }

            var parsed = root.Parse(args, CliSyntax.Configuration);
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            var unknown = CliSyntax.UnknownOptions(parsed).ToList();
            if (parsed.Errors.Count == 0 && unknown.Count == 0)
            {
                return parsed.Invoke(invocation);
            }

            // A usage error: the errors and suggestions, then where help is, not the whole help text.
            if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction errorAction)
            {
                // Its suggestions go to the configured output: on a usage error that is standard error.
                errorAction.ShowHelp = false;
                parsed.Invoke(new InvocationConfiguration { Output = stderr, Error = stderr, EnableDefaultExceptionHandler = false });
            }

            var command = parsed.CommandResult.Command;
            foreach (var option in unknown)
            {
                stderr.WriteLine($"Unrecognized option '{option}'.");
                var suggestions = CliSyntax.Suggestions(command, option).ToList();
                if (suggestions.Count > 0)
                {
                    stderr.WriteLine($"Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?");
                }
            }

            var name = command.Parents.Any() ? "notnative " + command.Name : "notnative";
            stderr.WriteLine($"Run '{name} --help' for usage.");
            return ExitCodes.Usage;
        }

        private static int Dispatch(CliArguments args, TextWriter stdout, TextWriter stderr) => args.Verb switch
        {
            CliSyntax.Check => CheckCommand.Run(args, stdout, stderr),
            CliSyntax.Fix => FixCommand.Run(args, stdout, stderr),
            CliSyntax.Dump => DumpCommand.Run(args, stdout, stderr),
            _ => EngineCommand.Run(args, stdout, stderr),
        };
    }
}
