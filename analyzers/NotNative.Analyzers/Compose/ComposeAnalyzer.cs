using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Analyzers.Dockerfiles;
using NotNative.Dockerfiles.Compose;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.Compose;

/// <summary>
/// Runs the compose rules (NN40xx) on the compose files the package adds as AdditionalFiles (NotNativeComposeFile),
/// with the project's target OS and platform. Files are read only as additional files: a build's Dockerfile that is
/// one (the project's Dockerfiles are) is read for NN4003; env files are not (docs/rules/NN4002.md).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComposeAnalyzer : DiagnosticAnalyzer
{
    internal const string TargetPlatformProperty = "NotNativeTargetPlatform";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        ComposeLinter.AllDescriptors().ToImmutableDictionary(r => r.Id, r => RoslynDescriptors.Create(r, "{0}", "Compose"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ById.Values.ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var global = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var decision = TargetOs.Resolve(global.GetBuildProperty);
            var targetPlatform = global.GetBuildProperty(TargetPlatformProperty);
            start.RegisterAdditionalFileAction(fileContext => AnalyzeFile(fileContext, decision, targetPlatform));
        });
    }

    /// <summary>A compose file by its name, or an additional file marked NotNativeComposeFile=true.</summary>
    internal static bool IsComposeFile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue("build_metadata.AdditionalFiles.NotNativeComposeFile", out var marked) && !string.IsNullOrWhiteSpace(marked))
        {
            return string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return ComposeNames.IsComposeFileName(Path.GetFileName(path));
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, TargetOsDecision decision, string? targetPlatform)
    {
        var file = context.AdditionalFile;
        if (!IsComposeFile(file.Path, context.Options.AnalyzerConfigOptionsProvider.GetOptions(file)))
        {
            return;
        }

        var sourceText = file.GetText(context.CancellationToken);
        if (sourceText == null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(file.Path) ?? string.Empty;
        var options = ComposeAnalysisOptions.For(decision.Os, decision.Source, targetPlatform);
        options.ComposeDirectory = folder;
        options.ReadFile = relative => ReadAdditionalFile(context, folder, relative);
        var result = ComposeLinter.Lint(sourceText.ToString(), options);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (!ById.TryGetValue(diagnostic.Id, out var descriptor))
            {
                continue;
            }

            var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(
                Math.Min(diagnostic.Span.Start, sourceText.Length),
                Math.Min(diagnostic.Span.End, sourceText.Length));
            var location = Location.Create(file.Path, span, sourceText.Lines.GetLinePositionSpan(span));
            var properties = diagnostic.Fix != null ? DockerfileFixProperties.Create(diagnostic.Fix) : null;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, diagnostic.Message));
        }
    }

    /// <summary>The text of the additional file at <paramref name="relative"/> from the compose file's folder, or null.</summary>
    private static string? ReadAdditionalFile(AdditionalFileAnalysisContext context, string folder, string relative)
    {
        var wanted = Normalize(Path.Combine(folder, relative));
        foreach (var additional in context.Options.AdditionalFiles)
        {
            if (string.Equals(Normalize(additional.Path), wanted, StringComparison.Ordinal))
            {
                return additional.GetText(context.CancellationToken)?.ToString();
            }
        }

        return null;
    }

    /// <summary>'/' separators, '.' and '..' resolved: enough to compare two paths of one build, without touching the disk.</summary>
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1].Length > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != "." && (part.Length > 0 || parts.Count == 0))
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
