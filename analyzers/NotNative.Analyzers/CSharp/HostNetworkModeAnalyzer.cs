using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1104: host networking, which on Docker Desktop is the VM's network, not the Mac's or PC's.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostNetworkModeAnalyzer : DockerClientCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.HostNetworkMode,
        "{0} shares the engine host's network: on a Linux host that is the machine itself; on Docker Desktop it is the VM's network (Desktop 4.34+ with an opt-in setting, TCP and UDP only). Publish ports instead where both must work.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start)
    {
        // Each action only where its types are: most code that drives Docker uses one client, not both.
        if (DockerClientContext.Declares(start.Compilation, DockerClientTypeNames.HostConfig))
        {
            RegisterHostConfig(start);
        }

        if (DockerClientContext.UsesContainerBuilders(start.Compilation))
        {
            RegisterBuilders(start);
        }
    }

    private static void RegisterHostConfig(CompilationStartAnalysisContext start) =>
        start.RegisterOperationAction(operation =>
        {
            var assignment = (ISimpleAssignmentOperation)operation.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "NetworkMode" } property } && DockerClientTypeNames.Is(property.ContainingType, DockerClientTypeNames.HostConfig) && PathLiterals.ConstantString(assignment.Value) == "host")
            {
                operation.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation(), "NetworkMode = \"host\""));
            }
        }, OperationKind.SimpleAssignment);

    private static void RegisterBuilders(CompilationStartAnalysisContext start) =>
        start.RegisterOperationAction(operation =>
        {
            var argument = (IArgumentOperation)operation.Operation;
            if (argument.Parameter?.ContainingSymbol is { Name: "WithNetwork" or "WithNetworkMode" } method && DockerClientTypeNames.IsIn(method, DockerClientTypeNames.TestcontainersNamespace) && PathLiterals.ConstantString(argument.Value) == "host")
            {
                operation.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), argument.Parameter.ContainingSymbol.Name + "(\"host\")"));
            }
        }, OperationKind.Argument);
}
