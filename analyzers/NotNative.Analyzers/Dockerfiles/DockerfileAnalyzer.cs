using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotNative.Dockerfiles.Rules;
using NotNative.Dockerfiles.Semantics;
using NotNative.Dockerfiles.Syntax;

namespace NotNative.Analyzers.Dockerfiles;

/// <summary>
/// Runs the Dockerfile rules (NN2xxx) on the project's Dockerfiles, which the package adds as AdditionalFiles,
/// so they show in the IDE's error list and in `dotnet build` output with exact spans.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DockerfileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DockerfileDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var global = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var (targetOs, source) = TargetOs.Resolve(global.GetBuildProperty);
            var options = new DockerfileAnalysisOptions
            {
                TargetOs = targetOs,
                TargetOsSource = source,
                AssemblyName = start.Compilation.AssemblyName,
            };
            start.RegisterAdditionalFileAction(fileContext => AnalyzeFile(fileContext, options));
        });
    }

    /// <summary>Dockerfile, Dockerfile.*, *.Dockerfile, or an additional file marked NotNativeDockerfile=true.</summary>
    internal static bool IsDockerfile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue("build_metadata.AdditionalFiles.NotNativeDockerfile", out var marked))
        {
            if (string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(marked, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return DockerfileNames.IsDockerfileName(Path.GetFileName(path));
    }

    /// <summary>
    /// Whether this is the Dockerfile the project builds, held to the project's target OS: the package's targets mark
    /// it (NotNativeDockerfile, DockerfileFile, else Dockerfile in the project folder) with NotNativeProjectDockerfile;
    /// without that metadata, a file named Dockerfile is.
    /// </summary>
    internal static bool IsProjectDockerfile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue("build_metadata.AdditionalFiles.NotNativeProjectDockerfile", out var marked) && !string.IsNullOrWhiteSpace(marked))
        {
            return string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(Path.GetFileName(path), "Dockerfile", StringComparison.OrdinalIgnoreCase);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, DockerfileAnalysisOptions projectOptions)
    {
        var file = context.AdditionalFile;
        var fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
        if (!IsDockerfile(file.Path, fileOptions))
        {
            return;
        }

        var sourceText = file.GetText(context.CancellationToken);
        if (sourceText == null)
        {
            return;
        }

        var options = new DockerfileAnalysisOptions
        {
            TargetOs = projectOptions.TargetOs,
            TargetOsSource = projectOptions.TargetOsSource,
            AssemblyName = projectOptions.AssemblyName,
            IsProjectDockerfile = IsProjectDockerfile(file.Path, fileOptions),
            FileName = Path.GetFileName(file.Path),
        };
        var result = DockerfileLinter.Lint(sourceText.ToString(), options);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (!DockerfileDescriptors.ById.TryGetValue(diagnostic.Id, out var descriptor))
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
}
