using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using NotNative.Engine.Engine;

namespace NotNative.Cli;

/// <summary>
/// The command line's grammar, on System.CommandLine: commands, their options and arguments, with help,
/// --version and suggestions for mistyped names. The commands read their values through <see cref="CliArguments"/>.
/// </summary>
internal static class CliSyntax
{
    public const string Check = "check";
    public const string Fix = "fix";
    public const string Dump = "dump";
    public const string Engine = "engine";

    /// <summary>The argument that takes the files and folders of check and fix, and the file of dump.</summary>
    public const string PathArgument = "PATH";

    /// <summary>The root command, named 'notnative' whatever process hosts it (help shows that name).</summary>
    public static Command Build()
    {
        var root = new Command("notnative", "NotNative: finds what works on a Mac or PC but breaks in a Linux (or Windows) container, in Dockerfiles and in the Docker engine.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(new Command(Check, "Run the Dockerfile rules, the build-context checks and the engine checks over files or folders.")
        {
            Paths("The Dockerfiles and compose files, or folders to search for Dockerfile, Dockerfile.*, *.Dockerfile and compose files (default: the current folder)."),
            OneOf("--format", "The report format (default: text).", "text", "json", "sarif"),
            Value("--output", "FILE", "Write the report to FILE instead of standard output."),
            OneOf("--target-os", "The OS the containers run on (default: linux).", "linux", "windows"),
            Value("--assembly-name", "NAME", "The project's assembly name, for NN2011."),
            Value("--context", "DIR", "The build context (default: each Dockerfile's folder)."),
            Value("--assets-file", "FILE", "The project's obj/project.assets.json: check that its packages' native libraries have a build for the container (NN3008)."),
            EngineCheck(),
            Value("--host", "URI", "The engine endpoint (default: DOCKER_HOST, the docker context, the platform default)."),
            Timeout(),
            TargetPlatform(),
            Flag("--allow-empty", "Exit 0 when the paths hold no Dockerfile (by default that is an error: a mistyped path would pass silently)."),
        });
        root.Subcommands.Add(new Command(Fix, "Apply the mechanical fixes to Dockerfiles (atomic writes; encoding, BOM and line endings kept).")
        {
            Paths("The Dockerfiles, or folders to search (default: the current folder)."),
            Flag("--dry-run", "Say what would change; change nothing."),
            OneOf("--target-os", "The OS the containers run on (default: linux).", "linux", "windows"),
            Value("--assembly-name", "NAME", "The project's assembly name, for NN2011."),
            Value("--context", "DIR", "The build context, whose CRLF scripts and COPY sources are fixed too (default: each Dockerfile's folder)."),
            Flag("--allow-empty", "Exit 0 when the paths hold no Dockerfile."),
        });
        root.Subcommands.Add(new Command(Dump, "Print BuildKit's AST dump of a Dockerfile.")
        {
            new Argument<string>(PathArgument) { Description = "The Dockerfile.", HelpName = "FILE" },
        });
        root.Subcommands.Add(new Command(Engine, "Say what the Docker engine is: endpoint, OS, kernel, architecture, native or a VM.")
        {
            OneOf("--format", "The output format (default: text).", "text", "json"),
            Value("--host", "URI", "The engine endpoint (default: DOCKER_HOST, the docker context, the platform default)."),
            Timeout(),
        });
        return root;
    }

    /// <summary>No response files: an argument starting with '@' is a path like any other.</summary>
    public static ParserConfiguration Configuration { get; } = new() { ResponseFileTokenReplacer = null };

    private static Argument<string[]> Paths(string description) =>
        new(PathArgument) { Description = description, Arity = ArgumentArity.ZeroOrMore };

    private static Option<string> Value(string name, string valueName, string description) =>
        new(name) { Description = description, HelpName = valueName };

    private static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>Read as the MSBuild task reads NotNativeEngineCheck (<see cref="EngineCheckSettings.TryParseMode"/>).</summary>
    private static Option<string> EngineCheck()
    {
        var option = Value("--engine", "auto|required|off", "Ask the Docker engine its OS: auto notes a missing engine, required fails on it, off does not ask (default: auto).");
        option.CompletionSources.Add("auto", "required", "off");
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!EngineCheckSettings.TryParseMode(value, out _))
            {
                result.AddError(CheckHost.Cli.InvalidEngineCheck(value));
            }
        });
        return option;
    }

    /// <summary>Read as the MSBuild task reads NotNativeTargetPlatform (<see cref="EngineCheckSettings.TryResolveTargetArchitecture"/>).</summary>
    private static Option<string> TargetPlatform()
    {
        var option = Value("--target-platform", "PLATFORM", "The platform the image is built for, such as linux/amd64 or linux/arm64, held against the engine's architecture (NN3007; default: unknown).");
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!EngineCheckSettings.TryResolveTargetArchitecture(value, null, CheckHost.Cli, out _))
            {
                result.AddError(CheckHost.Cli.InvalidTargetPlatform(value));
            }
        });
        return option;
    }

    /// <summary>Read as the MSBuild task reads NotNativeEngineTimeout (<see cref="EngineCheckSettings.TryParseTimeout"/>).</summary>
    private static Option<string> Timeout()
    {
        var option = Value("--timeout", "MS", "The engine's overall timeout in milliseconds (default: 5000).");
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!EngineCheckSettings.TryParseTimeout(value, out _))
            {
                result.AddError(CheckHost.Cli.InvalidEngineTimeout(value));
            }
        });
        return option;
    }

    /// <summary>
    /// Words that look like options but reached the PATH argument (System.CommandLine takes an unknown '--name'
    /// as an argument): an unknown option is a usage error, unless it comes after '--'.
    /// </summary>
    public static IEnumerable<string> UnknownOptions(ParseResult result)
    {
        var paths = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList();
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-' && paths.Exists(p => ReferenceEquals(p, token)))
            {
                yield return token.Value;
            }
        }
    }

    /// <summary>The options of <paramref name="command"/> closest to a mistyped one (at most two edits, or a prefix).</summary>
    public static IEnumerable<string> Suggestions(Command command, string typed)
    {
        var name = typed.Split('=')[0];
        return command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(o => o.StartsWith("--", StringComparison.Ordinal))
            .Select(o => (Option: o, Distance: EditDistance(name, o)))
            .Where(c => c.Distance <= 2 || (name.Length > 3 && c.Option.StartsWith(name, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .Select(c => c.Option)
            .Distinct();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

/// <summary>The values a command was given, by option name, as the commands read them.</summary>
internal sealed class CliArguments
{
    private readonly ParseResult _result;

    public CliArguments(ParseResult result)
    {
        _result = result;
        Verb = result.CommandResult.Command.Name;
        Paths = result.CommandResult.Command.Arguments.FirstOrDefault() switch
        {
            Argument<string[]> paths => result.GetValue(paths) ?? [],
            Argument<string> path => [result.GetValue(path)!],
            _ => [],
        };
    }

    /// <summary>The command: check, fix, dump or engine.</summary>
    public string Verb { get; }

    public IReadOnlyList<string> Paths { get; }

    /// <summary>The value of a --name VALUE option, or null when it was not given.</summary>
    public string? Option(string name) => Takes(name) ? _result.GetValue<string>(name) : null;

    /// <summary>Whether a --flag was given.</summary>
    public bool Switch(string name) => Takes(name) && _result.GetValue<bool>(name);

    private bool Takes(string name) => _result.CommandResult.Command.Options.Any(o => o.Name == name);
}
