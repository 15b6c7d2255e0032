using System;
using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>
/// NN2015: <c>dotnet restore|build|publish</c> builds for a hard-coded architecture (<c>-r linux-x64</c>) in a stage
/// not pinned to it (dotnet/dotnet-docker#3063); or a <c>--platform=$BUILDPLATFORM</c> SDK stage publishes for the
/// build machine's architecture while a target-platform stage runs the result.
/// </summary>
public sealed class HardcodedDotNetArchitectureRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.HardcodedDotNetArchitecture;

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(DockerfileRuleContext context)
    {
        var model = context.Model;
        if (!context.ImageIsCheckedAsLinux())
        {
            return; // the image is of another OS than the target (NN2001/NN2002): one root cause, one finding
        }

        var feeding = model.StagesFeedingImage();
        // Whether a stage or one it builds on picks the architecture, once per stage (parents stand before their children).
        var setsArchitecture = new Dictionary<Stage, bool>();
        var sdkChain = new Dictionary<Stage, bool>();
        foreach (var stage in model.Stages)
        {
            sdkChain[stage] = stage.Parent != null ? sdkChain.TryGetValue(stage.Parent, out var parentIsSdk) && parentIsSdk : ImageCatalogue.IsDotNetSdk(stage.Image);
            setsArchitecture[stage] = (stage.Parent != null && setsArchitecture.TryGetValue(stage.Parent, out var inherited) && inherited)
                || DotNetCli.Invocations(stage, context.Syntax).Any(i => i.Architecture != null);
        }

        var startedByHost = StartsAppHost(model);
        // An architecture-specific variant Dockerfile: the image itself is pinned (runtime-deps:8.0-bookworm-slim-amd64).
        var imageArchitecture = model.FinalStage?.Platform is { Pin: PlatformPin.Constant } final ? final.Architecture : null;
        foreach (var stage in context.LinuxStages())
        {
            if (!feeding.Contains(stage))
            {
                continue; // artifacts for download (one publish per RID), not what the image runs
            }

            var invocations = DotNetCli.Invocations(stage, context.Syntax).ToList();
            var hardcoded = invocations.Where(i => i.Architecture?.Architecture != null && IsLinuxOrPortable(i.Architecture)).ToList();
            var runsArchitectureSpecificCode = invocations.Any(i => string.Equals(i.Verb.Unquoted, "publish", StringComparison.OrdinalIgnoreCase) && RunsArchitectureSpecificCode(i, startedByHost));
            if (hardcoded.Select(i => i.Architecture!.Architecture).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                var architecture = hardcoded[0].Architecture!.Architecture!;
                if (stage.Platform.Architecture != architecture && imageArchitecture != architecture && runsArchitectureSpecificCode)
                {
                    foreach (var invocation in hardcoded)
                    {
                        ReportHardcoded(context, stage, invocation);
                    }
                }
            }

            if (stage.Platform.RunsOnBuildMachine && hardcoded.Count == 0)
            {
                ReportBuildMachineArchitecture(context, stage, invocations, !sdkChain[stage] || setsArchitecture[stage], startedByHost);
            }
        }
    }

    private static bool IsLinuxOrPortable(ArchitectureOption option) =>
        option.RidOs is not { } os || os.StartsWith("linux", StringComparison.OrdinalIgnoreCase);

    private static void ReportHardcoded(DockerfileRuleContext context, Stage stage, DotNetInvocation invocation)
    {
        var option = invocation.Architecture!;
        var (where, consequence) = stage.Platform.RunsOnBuildMachine
            ? ("runs on the build machine and builds for one architecture while the image is built for the target's",
                $"Built for another architecture than {option.Architecture} (an Apple Silicon Mac building for itself, an arm64 server), the image holds an {option.Architecture} app that fails with 'exec format error'.")
            : ("is built for the target platform, whatever it is",
                $"Built on or for another architecture (Docker Desktop on an Apple Silicon Mac is arm64), the SDK runs emulated or fails on {option.Architecture} tools, and the image holds an {option.Architecture} app that fails with 'exec format error'.");
        var canFix = option.Span != null && !invocation.Instruction.IsJson && (!option.IsRid || string.Equals(option.RidOs, "linux", StringComparison.OrdinalIgnoreCase));
        var fixText = canFix
            ? "Use '-a $TARGETARCH' with 'ARG TARGETARCH' in the stage (and FROM --platform=$BUILDPLATFORM on the SDK stage, as the official samples do)."
            : $"Build the RID from TARGETARCH (TARGETARCH says amd64/arm64, .NET says x64/arm64), or pin the image to {option.Architecture} if it is meant for {option.Architecture} only.";
        var fix = canFix ? Fix(context, stage, new TextEdit(option.Span!.Value, "-a $TARGETARCH"), "Build for $TARGETARCH") : null;
        context.Report(Rule, option.Span ?? invocation.Verb.Span ?? invocation.Instruction.KeywordSpan,
            $"'dotnet {invocation.Verb.Unquoted} {option.Text}' hard-codes the {option.Architecture} architecture in stage '{stage}', which {where}. {consequence} {fixText}",
            fix, option.Architecture);
    }

    private static void ReportBuildMachineArchitecture(DockerfileRuleContext context, Stage stage, List<DotNetInvocation> invocations, bool skip, bool startedByHost)
    {
        // Not an SDK chain, or a stage of the chain already picks the architecture.
        if (skip)
        {
            return;
        }

        foreach (var publish in invocations)
        {
            if (!string.Equals(publish.Verb.Unquoted, "publish", StringComparison.OrdinalIgnoreCase) || !RunsArchitectureSpecificCode(publish, startedByHost))
            {
                continue;
            }

            var fix = publish.Verb.Span is { } verb && !publish.Instruction.IsJson ? Fix(context, stage, new TextEdit(new TextSpan(verb.End, 0), " -a $TARGETARCH"), "Publish for $TARGETARCH") : null;
            context.Report(Rule, publish.Verb.Span ?? publish.Instruction.KeywordSpan,
                $"Stage '{stage}' runs the .NET SDK on the build machine (--platform=$BUILDPLATFORM) and publishes without '-a $TARGETARCH', so the app is built for the build machine's architecture while the image runs it on the target's: " +
                "built on an Apple Silicon Mac for linux/amd64, the app host and native files are arm64 ('exec format error'). Publish with '-a $TARGETARCH' and declare 'ARG TARGETARCH' in the stage, as the official samples do.",
                fix);
        }
    }

    /// <summary>
    /// Whether the published output holds code of one architecture that the image runs: a
    /// self-contained or single-file app, or an app started through its app host. A framework-dependent app started
    /// with <c>dotnet app.dll</c> is portable IL and runs on any architecture.
    /// </summary>
    private static bool RunsArchitectureSpecificCode(DotNetInvocation publish, bool startedByHost)
    {
        if (publish.IsSelfContained || publish.HasArgument(a => Property(a, "selfcontained", "true") || Property(a, "publishsinglefile", "true") || Property(a, "publishaot", "true")))
        {
            return true;
        }

        if (publish.HasArgument(a => Property(a, "useapphost", "false")))
        {
            return false;
        }

        return startedByHost;
    }

    /// <summary>
    /// Whether the image starts its app through the app host: the last ENTRYPOINT or CMD of the runtime stages names
    /// another program than <c>dotnet</c>. Started as <c>dotnet app.dll</c>, or unknown (none seen): false.
    /// </summary>
    private static bool StartsAppHost(DockerfileModel model)
    {
        foreach (var runtime in model.RuntimeStages())
        {
            for (var i = runtime.Instructions.Count - 1; i >= 0; i--)
            {
                var instruction = runtime.Instructions[i];
                if (instruction.Name is InstructionNames.Entrypoint or InstructionNames.Cmd && instruction.Arguments.Count > 0)
                {
                    var program = instruction.IsJson ? instruction.Arguments[0].Value : ShellCommands.CommandWords(instruction.RawArguments.Value).FirstOrDefault().Text ?? string.Empty;
                    return ShellCommands.ProgramName(program) != "dotnet";
                }
            }
        }

        return false;
    }

    private static bool Property(string argument, string name, string value)
    {
        var lower = argument.ToLowerInvariant();
        foreach (var prefix in new[] { "/p:", "-p:", "--property:", "-property:", "/property:" })
        {
            if (lower == prefix + name + "=" + value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The edit, plus <c>ARG TARGETARCH</c> after the stage's FROM unless the stage declares it.</summary>
    internal static DockerfileFix Fix(DockerfileRuleContext context, Stage stage, TextEdit edit, string title) =>
        Fix(context, stage, new[] { edit }, title);

    internal static DockerfileFix Fix(DockerfileRuleContext context, Stage stage, IEnumerable<TextEdit> changes, string title)
    {
        var edits = new List<TextEdit>();
        if (TargetArchArgument.Insert(context.Syntax, stage) is { } declare)
        {
            edits.Add(declare);
        }

        edits.AddRange(changes);
        return new DockerfileFix(title, edits);
    }
}

/// <summary><c>ARG TARGETARCH</c>: BuildKit sets it, but a RUN sees it only where the stage declares it.</summary>
internal static class TargetArchArgument
{
    public static bool IsDeclared(Stage stage) =>
        stage.Instructions.Any(i => i.Name == InstructionNames.Arg && i.Arguments.Any(a => DockerfileModel.SplitArg(a.Value).Name == "TARGETARCH"));

    /// <summary>The line <c>ARG TARGETARCH</c> after the stage's FROM, in the file's line ending; null when declared.</summary>
    public static TextEdit? Insert(DockerfileSyntax syntax, Stage stage)
    {
        if (IsDeclared(stage))
        {
            return null;
        }

        var text = syntax.Text;
        var end = stage.From.Span.End;
        var newline = end < text.Length && text[end] == '\r' ? "\r\n" : "\n";
        return new TextEdit(new TextSpan(end, 0), newline + "ARG TARGETARCH");
    }
}
