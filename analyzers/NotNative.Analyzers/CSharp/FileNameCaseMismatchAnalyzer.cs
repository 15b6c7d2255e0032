using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1004: a path literal naming a project file with other letter case ("appSettings.json" for appsettings.json).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FileNameCaseMismatchAnalyzer : ContainerCodeAnalyzer
{
    public const string ActualNameKey = "ActualName";

    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.FileNameCaseMismatch,
        "'{0}' names the project file '{1}' with other letter case; Windows and macOS ignore the difference, Linux does not, so the file is not found in the container. Write '{1}'.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        var files = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.GetBuildProperty("NotNativeProjectFiles");
        if (files == null)
        {
            return;
        }

        // Lower-cased name -> the name as it is on disk; a name present in two casings is left alone.
        var byLower = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in files.Split(new[] { '|', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = name.Trim();
            var key = trimmed.ToLowerInvariant();
            byLower[key] = byLower.TryGetValue(key, out var existing) && existing != trimmed ? null : trimmed;
        }

        start.RegisterOperationAction(operation =>
        {
            var argument = (IArgumentOperation)operation.Operation;
            if (PathLiterals.ConstantString(argument.Value) is not { Length: > 0 } value || !PathLiterals.IsFileSystemArgument(argument))
            {
                return;
            }

            var slash = Math.Max(value.LastIndexOf('/'), value.LastIndexOf('\\'));
            var fileName = slash >= 0 ? value.Substring(slash + 1) : value;
            if (byLower.TryGetValue(fileName.ToLowerInvariant(), out var actual) && actual != null && actual != fileName && !OsGuards.RunsOnlyOffLinux(operation))
            {
                // The fix rewrites a literal; a name built otherwise (a constant, a concatenation) is reported without one.
                var properties = argument.Value.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax
                    ? ImmutableDictionary<string, string?>.Empty.Add(ActualNameKey, actual)
                    : ImmutableDictionary<string, string?>.Empty;
                operation.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), properties, fileName, actual));
            }
        }, OperationKind.Argument);
    }
}
