using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NotNative.Dockerfiles.SdkContainer;

namespace NotNative.Analyzers.SdkContainer;

/// <summary>
/// Runs the SDK container publishing rules (NN2001, NN2002, NN2017, NN2018) over the project's properties
/// (CompilerVisibleProperty), and reports each at its property's line in the project file, which the package adds as
/// an AdditionalFile marked NotNativeProjectFile; a property the file does not write (-p:, an imported file) is
/// reported at the project file's start. Without that file (NotNativeAnalyzeProjectFile=false), each finding is reported
/// once, at the end of the compilation, with no location ("CSC : error NN2001: ..." in a build).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkContainerPropertiesAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Descriptors =
        SdkContainerLinter.Rules.ToImmutableDictionary(rule => rule.Id, rule => RoslynDescriptors.Create(rule, "{0}", "SdkContainer"));

    // The same rules, reported from the compilation's end: Roslyn runs those only in a full analysis, hence their own tag.
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> UnlocatedDescriptors =
        SdkContainerLinter.Rules.ToImmutableDictionary(rule => rule.Id, rule => RoslynDescriptors.Create(rule, "{0}", "SdkContainer", WellKnownDiagnosticTags.CompilationEnd));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.Values.Concat(UnlocatedDescriptors.Values).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var findings = SdkContainerLinter.Lint(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.GetBuildProperty);
            if (findings.Count == 0)
            {
                return;
            }

            var provider = start.Options.AnalyzerConfigOptionsProvider;
            if (start.Options.AdditionalFiles.Any(file => IsProjectFile(provider.GetOptions(file))))
            {
                start.RegisterAdditionalFileAction(fileContext => ReportAt(fileContext, findings));
            }
            else
            {
                start.RegisterCompilationEndAction(end =>
                {
                    foreach (var finding in findings)
                    {
                        end.ReportDiagnostic(Diagnostic.Create(UnlocatedDescriptors[finding.Id], Location.None, finding.Message));
                    }
                });
            }
        });
    }

    /// <summary>The project file, which the package's targets add with NotNativeProjectFile=true.</summary>
    internal static bool IsProjectFile(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.NotNativeProjectFile", out var marked)
        && string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static void ReportAt(AdditionalFileAnalysisContext context, System.Collections.Generic.IReadOnlyList<SdkContainerFinding> findings)
    {
        var file = context.AdditionalFile;
        if (!IsProjectFile(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file)) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var content = text.ToString();
        foreach (var finding in findings)
        {
            var found = ProjectFileProperties.Find(content, finding.Property, finding.Value);
            var span = found is { } value ? new Microsoft.CodeAnalysis.Text.TextSpan(value.Start, value.Length) : new Microsoft.CodeAnalysis.Text.TextSpan(0, 0);
            var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors[finding.Id], location, finding.Message));
        }
    }
}
