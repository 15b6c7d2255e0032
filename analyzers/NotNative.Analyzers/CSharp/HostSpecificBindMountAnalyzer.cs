using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1102: a bind mount whose host path exists only on a Windows PC or a Mac.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostSpecificBindMountAnalyzer : DockerClientCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.HostSpecificBindMount,
        "The bind mount source '{0}' exists only on the developer's {1}; a Linux engine rejects it ('invalid volume specification', 'mkdir /C: file exists') and CI has no such folder. Build the path from Directory.GetCurrentDirectory() or use a named volume.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start)
    {
        // Cheapest actions first: each is registered only where its types are, and none looks at every literal.
        if (DockerClientContext.UsesContainerBuilders(start.Compilation))
        {
            // WithBindMount("C:\\data", "/data") (Testcontainers), builder.WithBindMount("/Users/me/data", "/data") (Aspire).
            start.RegisterOperationAction(operation =>
            {
                var argument = (IArgumentOperation)operation.Operation;
                // The source is the first argument of Testcontainers' method, the second of Aspire's extension method
                // (builder.WithBindMount(source, target) is WithBindMount(builder, source, target)); both name it "source".
                if (argument.Parameter is { ContainingSymbol: IMethodSymbol { Name: "WithBindMount" } method } parameter
                    && parameter.Ordinal == (method.IsExtensionMethod ? 1 : 0)
                    && (DockerClientTypeNames.IsIn(method, DockerClientTypeNames.TestcontainersNamespace)
                        || DockerClientTypeNames.Is(method.ContainingType, DockerClientTypeNames.AspireContainerResourceBuilderExtensions))
                    && PathLiterals.ConstantString(argument.Value) is { } source)
                {
                    Report(operation.ReportDiagnostic, argument.Value.Syntax, source);
                }
            }, OperationKind.Argument);
        }

        if (DockerClientContext.Declares(start.Compilation, DockerClientTypeNames.Mount) || DockerClientContext.Declares(start.Compilation, DockerClientTypeNames.HostConfig))
        {
            // Mount { Source = ... }, and HostConfig { Binds = ... } entries: "C:\\data:/data", "/Users/me/src:/src:ro".
            start.RegisterOperationAction(operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "Source" or "Binds" } property })
                {
                    return;
                }

                if (property.Name == "Source" && DockerClientTypeNames.Is(property.ContainingType, DockerClientTypeNames.Mount)
                    && PathLiterals.ConstantString(assignment.Value) is { } source)
                {
                    Report(operation.ReportDiagnostic, assignment.Value.Syntax, source);
                }
                else if (property.Name == "Binds" && DockerClientTypeNames.Is(property.ContainingType, DockerClientTypeNames.HostConfig))
                {
                    // The list, array or collection expression assigned: its string literals are the entries.
                    foreach (var literal in assignment.Value.Syntax.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>())
                    {
                        if (literal.IsKind(SyntaxKind.StringLiteralExpression))
                        {
                            ReportBind(operation.ReportDiagnostic, literal);
                        }
                    }
                }
            }, OperationKind.SimpleAssignment);
        }
    }

    private static void ReportBind(Action<Diagnostic> report, LiteralExpressionSyntax literal)
    {
        var value = literal.Token.ValueText;
        // The source ends at the first ":/" after a drive letter's colon; a literal shorter than that has none.
        var separator = value.Length > 2 ? value.IndexOf(":/", 2, StringComparison.Ordinal) : -1;
        if (separator > 0 && (WindowsPaths.IsAbsolute(value) || MacHostPaths.IsMacHostPath(value) || WindowsPaths.IsDockerToolboxDrivePath(value)))
        {
            Report(report, literal, value.Substring(0, separator));
        }
    }

    private static void Report(Action<Diagnostic> report, SyntaxNode node, string source)
    {
        if (WindowsPaths.IsAbsolute(source) || WindowsPaths.IsDockerToolboxDrivePath(source))
        {
            report(Diagnostic.Create(Rule, node.GetLocation(), source, "Windows PC"));
        }
        else if (MacHostPaths.IsMacHostPath(source))
        {
            report(Diagnostic.Create(Rule, node.GetLocation(), source, "Mac"));
        }
    }
}
