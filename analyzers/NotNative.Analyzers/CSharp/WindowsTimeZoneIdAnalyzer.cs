using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// NN1010: a Windows time-zone ID ("W. Europe Standard Time") passed to TimeZoneInfo.FindSystemTimeZoneById,
/// TryFindSystemTimeZoneById or ConvertTimeBySystemTimeZoneId in container code. Linux .NET finds it only from .NET 6
/// on and only with ICU to map it to an IANA ID; the message says which case this project is in, from its target
/// framework, InvariantGlobalization and its image (ContainerContext.ImageWithoutIcu). The fix writes the IANA ID.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WindowsTimeZoneIdAnalyzer : ContainerCodeAnalyzer
{
    /// <summary>The diagnostic property holding the IANA ID; present only where the ID is a literal the fix can replace.</summary>
    public const string IanaIdKey = "IanaId";

    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.WindowsTimeZoneId,
        "'{0}' is a Windows time-zone ID: {1} Use the IANA ID '{2}', which .NET 6+ finds on Linux and on Windows.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        if (start.Compilation.GetTypeByMetadataName("System.TimeZoneInfo") is not { } timeZoneInfo)
        {
            return;
        }

        var global = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var throws = new Lazy<string>(() => Verdict(global, container, "TimeZoneInfo throws TimeZoneNotFoundException"));
        var returnsFalse = new Lazy<string>(() => Verdict(global, container, "TryFindSystemTimeZoneById returns false"));
        start.RegisterOperationAction(operation =>
        {
            var invocation = (IInvocationOperation)operation.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is not ("FindSystemTimeZoneById" or "TryFindSystemTimeZoneById" or "ConvertTimeBySystemTimeZoneId")
                || !SymbolEqualityComparer.Default.Equals(method.ContainingType, timeZoneInfo))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type.SpecialType != SpecialType.System_String
                    || PathLiterals.ConstantString(argument.Value) is not { } id || WindowsTimeZones.IanaIdOf(id) is not { } iana
                    || OsGuards.RunsOnlyOffLinux(operation) || FailureIsCaught(invocation.Syntax))
                {
                    continue;
                }

                var syntax = argument.Value.Syntax;
                var properties = syntax is LiteralExpressionSyntax
                    ? ImmutableDictionary<string, string?>.Empty.Add(IanaIdKey, iana)
                    : ImmutableDictionary<string, string?>.Empty;
                var verdict = method.Name == "TryFindSystemTimeZoneById" ? returnsFalse.Value : throws.Value;
                operation.ReportDiagnostic(Diagnostic.Create(Rule, syntax.GetLocation(), properties, id, verdict, iana));
            }
        }, OperationKind.Invocation);
    }

    /// <summary>
    /// Inside a try whose catch takes TimeZoneNotFoundException (or any exception): the code falls back on purpose,
    /// as dotnet/coreclr#10042's workaround does (the Windows ID first, the IANA ID in the catch).
    /// </summary>
    private static bool FailureIsCaught(SyntaxNode node)
    {
        for (var current = node; current != null && current is not MemberDeclarationSyntax; current = current.Parent)
        {
            if (current.Parent is TryStatementSyntax attempt && current == attempt.Block)
            {
                foreach (var clause in attempt.Catches)
                {
                    var type = clause.Declaration?.Type.ToString();
                    if (type == null || type.EndsWith("TimeZoneNotFoundException", StringComparison.Ordinal) || type is "Exception" or "System.Exception")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>When the Windows ID fails in this project's container, in the strongest evidence first.</summary>
    private static string Verdict(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions global, ContainerContext container, string failure)
    {
        var fails = failure + " in the container.";
        if (string.Equals(global.GetBuildProperty("TargetFrameworkIdentifier"), ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
            && global.GetBuildProperty("TargetFrameworkVersion") is { } version
            && Version.TryParse(version.TrimStart('v', 'V'), out var parsed) && parsed.Major < 6)
        {
            return "this project targets " + (global.GetBuildProperty("TargetFramework") ?? version)
                   + ", and .NET before 6 does not map Windows IDs on Linux, so " + fails;
        }

        if (string.Equals(global.GetBuildProperty("InvariantGlobalization"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return "this project sets InvariantGlobalization=true, so .NET has no ICU to map it to an IANA ID and " + fails;
        }

        if (container.ImageWithoutIcu is var (image, kind))
        {
            return string.Format(CultureInfo.InvariantCulture,
                "the container's image '{0}' is {1}, which has no ICU with the Windows zone data, so .NET cannot map it to an IANA ID and {2} (Such images lack tzdata too, which IANA IDs need: install tzdata, or use the image's -extra variant.)",
                image, kind, fails);
        }

        return "Linux .NET 6+ maps it to an IANA ID with ICU, so it works in images that have ICU, but " + failure
               + " where ICU is missing: Alpine images without icu-libs and icu-data-full, chiseled images, InvariantGlobalization=true, and .NET before 6.";
    }
}
