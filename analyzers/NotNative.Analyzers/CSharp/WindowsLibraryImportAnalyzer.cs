using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// NN1008 for P/Invoke: calls into Windows system libraries (kernel32, user32, ...) from container code, through a
/// [DllImport] or [LibraryImport] method or NativeLibrary.Load/TryLoad. CA1416 does not look at P/Invoke, so the
/// call is what is reported, unless guarded as CA1416 understands guards (OsGuards): a declaration the user marked
/// [SupportedOSPlatform("windows")] is CA1416's ground in cross-platform projects (it reports the unguarded calls),
/// so there only calls in net*-windows projects, where CA1416 is silent, are reported. The declaration itself is not
/// reported: a Windows import whose calls are all guarded is correct cross-platform code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WindowsLibraryImportAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.WindowsOnlyApi,
        "'{0}' is a Windows system library; a Linux container has none, so {1}. Guard the call with OperatingSystem.IsWindows() (and mark the declaration [SupportedOSPlatform(\"windows\")] so that CA1416 checks every caller), or use a cross-platform API.");

    private const string LibraryImportAttribute = "System.Runtime.InteropServices.LibraryImportAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        var compilation = start.Compilation;
        var nativeLibrary = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.NativeLibrary");
        var libraryImport = compilation.GetTypeByMetadataName(LibraryImportAttribute);
        var supportedOsPlatform = compilation.GetTypeByMetadataName("System.Runtime.Versioning.SupportedOSPlatformAttribute");
        var platform = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.GetBuildProperty("TargetPlatformIdentifier");
        var ca1416Speaks = !string.Equals(platform, "windows", StringComparison.OrdinalIgnoreCase);

        start.RegisterOperationAction(operation =>
        {
            var (method, arguments) = operation.Operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IMethodReferenceOperation reference => (reference.Method, ImmutableArray<IArgumentOperation>.Empty),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (method == null)
            {
                return;
            }

            string? library;
            string effect;
            if (nativeLibrary != null && SymbolEqualityComparer.Default.Equals(method.ContainingType, nativeLibrary) && method.Name is "Load" or "TryLoad")
            {
                library = LibraryNameArgument(arguments);
                effect = method.Name == "Load"
                    ? "NativeLibrary.Load throws DllNotFoundException"
                    : "NativeLibrary.TryLoad returns false and the code it guards never runs";
            }
            else
            {
                library = ImportedLibrary(method, libraryImport);
                effect = "calling '" + method.ContainingType?.Name + "." + method.Name + "' throws DllNotFoundException ('Unable to load shared library')";
                if (library != null && ca1416Speaks && supportedOsPlatform != null
                    && WindowsOnlyApiAnalyzer.IsWindowsOnly(method.OriginalDefinition, supportedOsPlatform, compilation.Assembly))
                {
                    return; // CA1416 reports its unguarded calls.
                }
            }

            if (WindowsSystemLibraries.IsWindowsSystemLibrary(library) && !OsGuards.RunsOnlyOffLinux(operation))
            {
                operation.ReportDiagnostic(Diagnostic.Create(Rule, operation.Operation.Syntax.GetLocation(), library, effect));
            }
        }, OperationKind.Invocation, OperationKind.MethodReference);
    }

    /// <summary>The constant library name of NativeLibrary.Load/TryLoad's string overloads (libraryPath, libraryName).</summary>
    private static string? LibraryNameArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Ordinal: 0, Type.SpecialType: SpecialType.System_String })
            {
                return PathLiterals.ConstantString(argument.Value);
            }
        }

        return null;
    }

    /// <summary>The library a [DllImport] method (source or metadata) or a [LibraryImport] partial method of this compilation imports from.</summary>
    private static string? ImportedLibrary(IMethodSymbol method, INamedTypeSymbol? libraryImport)
    {
        if (method.IsExtern && method.GetDllImportData() is { ModuleName: { } module })
        {
            return module;
        }

        if (libraryImport == null || !method.IsStatic || !(method.IsPartialDefinition || method.PartialDefinitionPart != null))
        {
            return null;
        }

        foreach (var attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, libraryImport)
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }
}
