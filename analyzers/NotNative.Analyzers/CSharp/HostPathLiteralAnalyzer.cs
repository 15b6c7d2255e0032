using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1001 and NN1002: a Windows absolute path or a macOS host path handed to a file-system API in container code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostPathLiteralAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor WindowsPath = RoslynDescriptors.Create(RuleCatalogue.WindowsAbsolutePath,
        "'{0}' is a Windows path: it exists on a Windows PC, not in the Linux container this code runs in ({1}), where the file is not found. Use a path relative to AppContext.BaseDirectory, or read it from configuration.");

    public static readonly DiagnosticDescriptor MacPath = RoslynDescriptors.Create(RuleCatalogue.MacHostPath,
        "'{0}' is a path on the developer's Mac: it does not exist in the Linux container this code runs in ({1}). Use a path relative to AppContext.BaseDirectory, or read it from configuration.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(WindowsPath, MacPath);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        start.RegisterOperationAction(operation =>
        {
            var argument = (IArgumentOperation)operation.Operation;
            // A constant, or the text a path built from one starts with (a field, a local, a fallback, an interpolation).
            if (!PathLiterals.IsFileSystemArgument(argument) || PathLiterals.LeadingText(argument.Value) is not { } value
                || (!WindowsPaths.IsAbsolute(value) && !MacHostPaths.IsMacHostPath(value)) || OsGuards.RunsOnlyOffLinux(operation))
            {
                return;
            }

            if (WindowsPaths.IsAbsolute(value))
            {
                operation.ReportDiagnostic(Diagnostic.Create(WindowsPath, argument.Value.Syntax.GetLocation(), value, container.Reason));
            }
            else if (MacHostPaths.IsMacHostPath(value))
            {
                operation.ReportDiagnostic(Diagnostic.Create(MacPath, argument.Value.Syntax.GetLocation(), value, container.Reason));
            }
        }, OperationKind.Argument);
    }
}
