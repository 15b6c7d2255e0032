using System;
using System.Collections.Generic;
using System.Linq;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Dockerfiles.Rules;

/// <summary>
/// NN2014: a RUN or ADD of a stage built for the target platform downloads or installs one architecture's build
/// (<c>.../linux/amd64/kubectl</c>, <c>hugo_..._Linux-amd64.deb</c>, netlify/build-image#715): on an arm64 engine
/// it fails with 'exec format error' or 'package architecture (amd64) does not match system (arm64)'.
/// </summary>
public sealed class HardcodedArchitectureDownloadRule : DockerfileRule
{
    public static readonly RuleDescriptor Rule = RuleCatalogue.HardcodedArchitectureDownload;

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>What a line uses to pick the architecture at build time: then its hard-coded names are one branch of a choice.</summary>
    private static readonly string[] ArchitectureChoices =
    {
        "TARGETARCH", "TARGETPLATFORM", "TARGETVARIANT", "dpkg --print-architecture", "dpkg-architecture", "uname -m", "uname -p", "apk --print-arch",
        "$(arch)", "`arch`", "%{_arch}", "%_arch", "rpm --eval",
    };

    /// <summary>The file kinds a download or a local install names; other words (paths such as /usr/lib/x86_64-linux-gnu) are not downloads.</summary>
    private static readonly string[] DownloadSuffixes =
    {
        ".deb", ".rpm", ".apk", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".zip", ".gz", ".xz", ".bin", ".run", ".appimage", ".sh",
    };

    private static readonly string[] Checksums = { "sha256sum", "sha512sum", "sha1sum", "md5sum", "--checksum", "gpg --verify", "gpg --batch --verify", "cosign verify" };

    public override void Analyze(DockerfileRuleContext context)
    {
        var imageArchitecture = context.Model.FinalStage?.Platform is { Pin: PlatformPin.Constant } final ? final.Architecture : null;
        foreach (var stage in context.LinuxStages())
        {
            if (!stage.Platform.RunsOnTarget)
            {
                continue; // pinned to an architecture (a variant image) or to the build machine, or unknown
            }

            foreach (var instruction in stage.Instructions)
            {
                if ((instruction.Name != InstructionNames.Run && instruction.Name != InstructionNames.Add) || ChoosesArchitecture(instruction.Line, instruction))
                {
                    continue;
                }

                var found = Artifacts(instruction, context.Syntax).ToList();
                var architectures = found.SelectMany(f => f.Spellings).Select(s => Architectures.Normalize(s.Spelling)).Distinct(StringComparer.Ordinal).ToList();
                // One architecture only: both amd64 and arm64 names mean a choice this rule cannot read (case $ARCH in ...).
                if (found.Count == 0 || architectures.Count != 1 || architectures[0] == imageArchitecture)
                {
                    continue;
                }

                Report(context, stage, instruction, found, architectures[0]!);
            }
        }
    }

    private static bool ChoosesArchitecture(string line, Instruction instruction)
    {
        foreach (var choice in ArchitectureChoices)
        {
            if (line.IndexOf(choice, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        foreach (var heredoc in instruction.Heredocs)
        {
            foreach (var choice in ArchitectureChoices)
            {
                if (heredoc.Content.IndexOf(choice, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed class Artifact
    {
        public Artifact(ShellWord word, List<(int Offset, string Spelling)> spellings)
        {
            Word = word;
            Spellings = spellings;
        }

        public ShellWord Word { get; }

        /// <summary>Each architecture name in the word: its offset in the word's text and how it is spelled.</summary>
        public List<(int Offset, string Spelling)> Spellings { get; }
    }

    /// <summary>The URLs and downloaded or installed file names of an instruction that name an architecture.</summary>
    private static IEnumerable<Artifact> Artifacts(Instruction instruction, DockerfileSyntax syntax)
    {
        IEnumerable<ShellWord> words;
        if (instruction.Name == InstructionNames.Add)
        {
            // ADD's sources (not the destination); only URLs are downloads.
            words = instruction.Arguments.Take(Math.Max(0, instruction.Arguments.Count - 1))
                .Where(a => a.Value.IndexOf("://", StringComparison.Ordinal) > 0)
                .Select(a => new ShellWord(a.Value, syntax.GetText(a.Span) == a.Value ? a.Span : null));
        }
        else if (instruction.Heredocs.Count > 0)
        {
            yield break; // heredoc scripts: no word positions to report or fix
        }
        else
        {
            words = ShellWords.Commands(instruction, syntax).SelectMany(c => c);
        }

        foreach (var word in words)
        {
            var text = word.Unquoted;
            if (!IsDownload(text))
            {
                continue;
            }

            var spellings = Spellings(word.Text);
            if (spellings.Count > 0)
            {
                yield return new Artifact(word, spellings);
            }
        }
    }

    private static bool IsDownload(string text)
    {
        if (text.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            return true;
        }

        var lower = text.ToLowerInvariant();
        foreach (var suffix in DownloadSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The architecture names in a word, each between non-alphanumeric characters (linux-amd64, Linux_x86_64, /arm64/).</summary>
    internal static List<(int Offset, string Spelling)> Spellings(string word)
    {
        var found = new List<(int, string)>();
        foreach (var spelling in new[] { "amd64", "x86_64", "x86-64", "x64", "arm64", "aarch64" })
        {
            var index = word.IndexOf(spelling, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                var end = index + spelling.Length;
                if ((index == 0 || !char.IsLetterOrDigit(word[index - 1])) && (end == word.Length || !char.IsLetterOrDigit(word[end]))
                    && !(spelling == "x64" && index > 0 && word[index - 1] == '-' && index >= 4 && string.Compare(word, index - 4, "x86", 0, 3, StringComparison.OrdinalIgnoreCase) == 0))
                {
                    found.Add((index, word.Substring(index, spelling.Length)));
                }

                index = word.IndexOf(spelling, end, StringComparison.OrdinalIgnoreCase);
            }
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    private static void Report(DockerfileRuleContext context, Stage stage, Instruction instruction, List<Artifact> found, string architecture)
    {
        var first = found[0];
        var spelled = first.Spellings[0].Spelling;
        var where = instruction.Name == InstructionNames.Add ? "ADD downloads" : "RUN downloads or installs";
        var other = architecture == Architectures.Amd64 ? "an arm64 engine (Docker Desktop on an Apple Silicon Mac, Graviton)" : "an amd64 engine or server";
        var fix = Fix(context, stage, instruction, found, out var why);
        var fixText = fix != null
            ? "Use ${TARGETARCH} in its place, with 'ARG TARGETARCH' in the stage (BuildKit sets it to amd64 or arm64)."
            : why;
        context.Report(Rule, first.Word.Span ?? instruction.KeywordSpan,
            $"{where} '{first.Word.Unquoted}', a build for {architecture} ('{spelled}'), in stage '{stage}', which is built for the target platform. Built on or for {other}, it fails with 'exec format error' or 'package architecture ({architecture}) does not match system'. {fixText}",
            fix, architecture);
    }

    /// <summary>
    /// <c>${TARGETARCH}</c> in place of each name, where Docker's names are the ones written (amd64, arm64), the
    /// shell expands them (not in single quotes) and no checksum pins the one file.
    /// </summary>
    private static DockerfileFix? Fix(DockerfileRuleContext context, Stage stage, Instruction instruction, List<Artifact> found, out string why)
    {
        why = "TARGETARCH says amd64 or arm64, and this name is spelled otherwise: map it (case \"$TARGETARCH\" in amd64) a=x86_64 ;; arm64) a=aarch64 ;; esac), or choose with $(uname -m).";
        if (found.Any(f => f.Spellings.Any(s => s.Spelling != "amd64" && s.Spelling != "arm64")))
        {
            return null;
        }

        why = "The line verifies a checksum of this one file: download per TARGETARCH with a checksum for each architecture.";
        if (Checksums.Any(c => instruction.Line.IndexOf(c, StringComparison.Ordinal) >= 0) || instruction.GetFlag("checksum") != null)
        {
            return null;
        }

        why = "Use ${TARGETARCH} in its place (with 'ARG TARGETARCH' in the stage) where the shell expands it.";
        var edits = new List<TextEdit>();
        foreach (var artifact in found)
        {
            if (artifact.Word.Span is not { } span || (instruction.Name == InstructionNames.Run && artifact.Word.Text.IndexOf('\'') >= 0))
            {
                return null;
            }

            foreach (var (offset, spelling) in artifact.Spellings)
            {
                edits.Add(new TextEdit(new TextSpan(span.Start + offset, spelling.Length), "${TARGETARCH}"));
            }
        }

        return HardcodedDotNetArchitectureRule.Fix(context, stage, edits, "Download for ${TARGETARCH}");
    }
}
