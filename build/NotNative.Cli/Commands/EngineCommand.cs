using System.Text.Json;
using NotNative.Engine.Engine;

namespace NotNative.Cli.Commands;

/// <summary>`notnative engine`: what the engine is (endpoint, OS, kernel, architecture, native or a VM).</summary>
internal static class EngineCommand
{
    public static int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var format = args.Option("--format") ?? "text";
        if (format is not ("text" or "json") || !TryReadTimeout(args, stderr, out var timeout))
        {
            stderr.WriteLine("usage: notnative engine [--format text|json] [--host URI] [--timeout MS]");
            return ExitCodes.Usage;
        }

        var probe = Probe(args.Option("--host"), timeout);
        var facts = probe.Facts;
        if (format == "json")
        {
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                endpoint = probe.Endpoint?.Display,
                source = probe.Endpoint?.Source,
                answered = facts != null,
                failure = facts == null ? probe.Failure.ToString() : null,
                detail = facts == null ? probe.Detail : null,
                osType = facts?.RawOsType,
                operatingSystem = facts?.OperatingSystem,
                kernelVersion = facts?.KernelVersion,
                architecture = facts?.Architecture,
                serverVersion = facts?.ServerVersion,
                host = facts?.Host.ToString(),
                isVm = facts?.IsVm,
            }, new JsonSerializerOptions { WriteIndented = true }));
        }
        else if (facts == null)
        {
            stdout.WriteLine($"endpoint: {probe.Endpoint?.Display ?? "(none)"} ({probe.Endpoint?.Source ?? "unresolved"})");
            stdout.WriteLine($"no usable answer: {probe.Failure}: {probe.Detail}");
        }
        else
        {
            stdout.WriteLine($"endpoint:         {facts.Endpoint.Display} ({facts.Endpoint.Source})");
            stdout.WriteLine($"OSType:           {facts.RawOsType}");
            stdout.WriteLine($"operating system: {facts.OperatingSystem}");
            stdout.WriteLine($"kernel:           {facts.KernelVersion}");
            stdout.WriteLine($"architecture:     {facts.Architecture}");
            stdout.WriteLine($"server version:   {facts.ServerVersion}");
            stdout.WriteLine($"host:             {(facts.IsVm ? "a VM: " : string.Empty)}{facts.HostEvidence}");
        }

        return facts == null ? ExitCodes.Findings : ExitCodes.Clean;
    }

    internal static ProbeResult Probe(string? host, TimeSpan timeout)
    {
        var resolution = new EndpointResolver().Resolve(host, CheckHost.Cli.EndpointSetting);
        if (resolution.Endpoint == null)
        {
            return ProbeResult.Failed(null, ProbeFailure.Configuration, resolution.Error!);
        }

        using var ctrlC = new CtrlC();
        try
        {
            return EngineProbe.ProbeAsync(resolution.Endpoint, timeout, ctrlC.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (ctrlC.Pressed)
        {
            // Ctrl+C ends the run, as it would without the handler: no report, the shell's 128 + SIGINT.
            Console.Error.WriteLine("notnative: cancelled");
            Environment.Exit(ExitCodes.Cancelled);
            throw;
        }
    }

    internal static bool TryReadTimeout(CliArguments args, TextWriter stderr, out TimeSpan timeout)
    {
        var value = args.Option("--timeout");
        if (EngineCheckSettings.TryParseTimeout(value, out timeout))
        {
            return true;
        }

        stderr.WriteLine(CheckHost.Cli.InvalidEngineTimeout(value));
        return false;
    }
}
