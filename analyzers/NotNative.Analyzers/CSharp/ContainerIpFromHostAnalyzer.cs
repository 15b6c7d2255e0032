using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1103: connecting to a container's internal IP address from the host.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContainerIpFromHostAnalyzer : DockerClientCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.ContainerIpFromHost,
        "'{0}' is the container's address on the engine's internal network; a Linux host routes to it, but when the engine is a VM (Docker Desktop on a Mac or PC) the host cannot reach it. Publish the port and connect to localhost and the mapped port.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start)
    {
        start.RegisterOperationAction(operation =>
        {
            var property = ((IPropertyReferenceOperation)operation.Operation).Property;
            var owner = property.ContainingType?.Name;
            if ((property.Name == "IPAddress" && (owner == "NetworkSettings" || owner == "EndpointSettings"))
                || (property.Name == "IpAddress" && property.ContainingNamespace?.ToDisplayString().StartsWith("DotNet.Testcontainers", StringComparison.Ordinal) == true))
            {
                operation.ReportDiagnostic(Diagnostic.Create(Rule, operation.Operation.Syntax.GetLocation(), owner + "." + property.Name));
            }
        }, OperationKind.PropertyReference);
    }
}
