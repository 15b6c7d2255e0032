using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// NN1008: Windows-only APIs in code that runs in a Linux container. CA1416 already reports [SupportedOSPlatform]
/// APIs in cross-platform projects, so for those NN1008 speaks only where CA1416 is silent: a windows-specific
/// target framework (net8.0-windows) whose code still ships in a Linux container. Known Windows-only types
/// without the attribute (older packages) are reported in any project.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WindowsOnlyApiAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.WindowsOnlyApi,
        "'{0}' works only on Windows; in the Linux container it throws PlatformNotSupportedException ('{1}'). Guard it with OperatingSystem.IsWindows() or use a cross-platform alternative (configuration instead of the registry, ILogger instead of EventLog).");

    private static readonly string[] KnownWindowsOnlyTypes =
    {
        "Microsoft.Win32.Registry", "Microsoft.Win32.RegistryKey", "System.Diagnostics.EventLog",
        "System.ServiceProcess.ServiceController", "System.Security.Principal.WindowsIdentity",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        var attribute = start.Compilation.GetTypeByMetadataName("System.Runtime.Versioning.SupportedOSPlatformAttribute");
        var platform = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.GetBuildProperty("TargetPlatformIdentifier");
        var ca1416Speaks = !string.Equals(platform, "windows", StringComparison.OrdinalIgnoreCase);
        var known = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in KnownWindowsOnlyTypes)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } type)
            {
                known.Add(type);
            }
        }

        var knownTypes = known.ToImmutable();
        start.RegisterOperationAction(operation =>
        {
            var symbol = operation.Operation switch
            {
                IInvocationOperation invocation => (ISymbol)invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (symbol?.ContainingType is not { } containingType)
            {
                return;
            }

            var isKnown = knownTypes.Contains(containingType.OriginalDefinition);
            var attributed = attribute != null && IsWindowsOnly(symbol, attribute, start.Compilation.Assembly);
            if (!isKnown && !attributed || (attributed && ca1416Speaks) || OsGuards.RunsOnlyOffLinux(operation))
            {
                return;
            }

            operation.ReportDiagnostic(Diagnostic.Create(Rule, operation.Operation.Syntax.GetLocation(), containingType.Name + "." + symbol.Name, containingType.ToDisplayString()));
        }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference);
    }

    /// <summary>
    /// [SupportedOSPlatform("windows")] on the member, a containing type, or a referenced assembly (Microsoft.Win32.Registry
    /// has it there). Not the project's own assembly: the SDK marks every net*-windows assembly, and its code is what runs in the container.
    /// </summary>
    internal static bool IsWindowsOnly(ISymbol symbol, INamedTypeSymbol attribute, IAssemblySymbol ownAssembly)
    {
        for (var current = symbol; current != null; current = current.ContainingType)
        {
            if (HasWindowsAttribute(current.GetAttributes(), attribute))
            {
                return true;
            }
        }

        return symbol.ContainingAssembly is { } assembly && !SymbolEqualityComparer.Default.Equals(assembly, ownAssembly)
               && HasWindowsAttribute(assembly.GetAttributes(), attribute);
    }

    private static bool HasWindowsAttribute(ImmutableArray<AttributeData> attributes, INamedTypeSymbol attribute)
    {
        foreach (var data in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is string value
                && value.StartsWith("windows", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
