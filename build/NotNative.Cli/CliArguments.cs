namespace NotNative.Cli;

/// <summary>Parsed command line: a verb, positional paths and --name value options.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);

    public string Verb { get; private set; } = string.Empty;
    public List<string> Paths { get; } = new();
    public string? Error { get; private set; }

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--format", "--target-os", "--assembly-name", "--output", "--engine", "--timeout", "--context", "--host",
    };

    private static readonly HashSet<string> SwitchOptions = new(StringComparer.Ordinal)
    {
        "--dry-run", "--help", "-h",
    };

    public static CliArguments Parse(string[] args)
    {
        var result = new CliArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (result.Verb.Length == 0 && !arg.StartsWith('-'))
            {
                result.Verb = arg;
                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('='))
            {
                var eq = arg.IndexOf('=');
                var name = arg[..eq];
                if (!ValueOptions.Contains(name))
                {
                    result.Error = $"unknown option '{name}'";
                    return result;
                }

                result._options[name] = arg[(eq + 1)..];
                continue;
            }

            if (ValueOptions.Contains(arg))
            {
                if (i + 1 >= args.Length)
                {
                    result.Error = $"option '{arg}' needs a value";
                    return result;
                }

                result._options[arg] = args[++i];
                continue;
            }

            if (SwitchOptions.Contains(arg))
            {
                result._switches.Add(arg);
                continue;
            }

            if (arg.StartsWith('-') && arg != "-")
            {
                result.Error = $"unknown option '{arg}'";
                return result;
            }

            result.Paths.Add(arg);
        }

        return result;
    }

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public bool Switch(string name) => _switches.Contains(name);
}
