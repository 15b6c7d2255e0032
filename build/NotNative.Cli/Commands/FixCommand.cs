namespace NotNative.Cli.Commands;

/// <summary>
/// `notnative fix [PATH ...]`: applies the mechanical fixes of the Dockerfile and compose rules, NN3006 (the real file name in
/// a COPY source) and NN3005 (CRLF scripts to LF, '*.sh text eol=lf' in .gitattributes). Writes only files that
/// change, through the shared safe writer; with --dry-run it only says what it would change.
/// </summary>
internal static class FixCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (!CheckCommand.TryReadOptions(args, stderr, out var options))
        {
            return ExitCodes.Usage;
        }

        if (!DockerfileDiscovery.TryExpand(args.Paths, args.Switch("--allow-empty"), stderr, out var files))
        {
            return ExitCodes.Usage;
        }

        var context = args.Option("--context");
        if (context != null && !Directory.Exists(context))
        {
            stderr.WriteLine($"{context}: no such build context folder");
            return ExitCodes.Usage;
        }

        var fixer = new ContextFixer(args.Switch("--dry-run"), stdout, stderr);
        var failed = false;
        foreach (var file in files)
        {
            failed |= DockerfileDiscovery.IsComposeFile(file)
                ? !fixer.FixComposeFile(file, CheckCommand.ComposeOptions(args, options))
                : !fixer.FixDockerfile(file, options, context);
        }

        failed |= !fixer.FixScripts();
        return failed ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
