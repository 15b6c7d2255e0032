using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// NN1103: the host process connecting to a container's internal IP address. Only where the IP flows, within the
/// expression, into a connection this process makes (a Uri, an HTTP call, a socket, IPAddress.Parse, a database
/// connection): the same IP handed to another container (listeners, extra hosts, environment) is correct.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContainerIpFromHostAnalyzer : DockerClientCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.ContainerIpFromHost,
        "'{0}' is the container's address on the engine's internal network; a Linux host routes to it, but when the engine is a VM (Docker Desktop on a Mac or PC) the host cannot reach it. Publish the port and connect to localhost and the mapped port.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start)
    {
        // Registered only where a type with such an address is: every property reference would be looked at.
        if (!DockerClientContext.Declares(start.Compilation, DockerClientTypeNames.NetworkSettings)
            && !DockerClientContext.Declares(start.Compilation, DockerClientTypeNames.EndpointSettings)
            && !DockerClientContext.UsesContainerBuilders(start.Compilation))
        {
            return;
        }

        start.RegisterOperationAction(operation =>
        {
            var property = ((IPropertyReferenceOperation)operation.Operation).Property;
            var owner = property.ContainingType;
            if (((property.Name == "IPAddress" && (DockerClientTypeNames.Is(owner, DockerClientTypeNames.NetworkSettings) || DockerClientTypeNames.Is(owner, DockerClientTypeNames.EndpointSettings)))
                 || (property.Name == "IpAddress" && DockerClientTypeNames.IsIn(property, DockerClientTypeNames.TestcontainersNamespace)))
                && FlowsIntoAConnection(operation.Operation))
            {
                operation.ReportDiagnostic(Diagnostic.Create(Rule, operation.Operation.Syntax.GetLocation(), owner?.Name + "." + property.Name));
            }
        }, OperationKind.PropertyReference);
    }

    /// <summary>Up through string building (concatenation, interpolation, conversions) to the call or creation that takes it.</summary>
    private static bool FlowsIntoAConnection(IOperation operation)
    {
        for (var current = operation.Parent; current != null; current = current.Parent)
        {
            switch (current)
            {
                case IConversionOperation or IBinaryOperation or IInterpolationOperation or IInterpolatedStringOperation or IParenthesizedOperation:
                    continue;
                case IArgumentOperation:
                    continue;
                case IObjectCreationOperation creation:
                    return creation.Type is { } created && (IsNetworkType(created) || created.Name.EndsWith("Connection", StringComparison.Ordinal));
                case IInvocationOperation invocation:
                    return invocation.TargetMethod.ContainingType is { } type && IsNetworkType(type);
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>System.Uri, UriBuilder and System.Net's types (HttpClient, TcpClient, Socket, IPAddress, IPEndPoint, Dns).</summary>
    private static bool IsNetworkType(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return (ns == "System" && type.Name is "Uri" or "UriBuilder") || ns == "System.Net" || ns.StartsWith("System.Net.", StringComparison.Ordinal);
    }
}
