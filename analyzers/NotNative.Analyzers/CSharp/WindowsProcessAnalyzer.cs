using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1007: starting cmd, Windows PowerShell or an .exe from container code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WindowsProcessAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.WindowsProcessStarted,
        "Starting '{0}' works on Windows; a Linux container has no such program and Process.Start throws 'Win32Exception: No such file or directory'. Use /bin/sh -c, pwsh, or the tool's Linux build.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        var processStartInfo = start.Compilation.GetTypeByMetadataName("System.Diagnostics.ProcessStartInfo");
        var process = start.Compilation.GetTypeByMetadataName("System.Diagnostics.Process");
        if (processStartInfo == null || process == null)
        {
            return;
        }

        start.RegisterOperationAction(operation =>
        {
            var argument = (IArgumentOperation)operation.Operation;
            if (argument.Parameter is not { Name: "fileName" } parameter)
            {
                return;
            }

            var containing = parameter.ContainingSymbol?.ContainingType;
            if (SymbolEqualityComparer.Default.Equals(containing, process) || SymbolEqualityComparer.Default.Equals(containing, processStartInfo))
            {
                Check(operation, argument.Value);
            }
        }, OperationKind.Argument);

        start.RegisterOperationAction(operation =>
        {
            var assignment = (ISimpleAssignmentOperation)operation.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "FileName" } property }
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, processStartInfo))
            {
                Check(operation, assignment.Value);
            }
        }, OperationKind.SimpleAssignment);
    }

    private static void Check(OperationAnalysisContext context, IOperation value)
    {
        if (PathLiterals.ConstantString(value) is not { } fileName)
        {
            return;
        }

        var program = WindowsPrograms.ProgramName(fileName);
        if ((WindowsPrograms.IsWindowsShell(program) || WindowsPrograms.IsWindowsExecutable(program)) && !OsGuards.RunsOnlyOffLinux(context))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), fileName));
        }
    }
}
