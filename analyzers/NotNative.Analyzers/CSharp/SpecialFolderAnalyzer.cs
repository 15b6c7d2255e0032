using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>NN1009: Environment.GetFolderPath with a folder that is empty in a Linux container.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpecialFolderAnalyzer : ContainerCodeAnalyzer
{
    public const string FixableKey = "AddCreateOption";

    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.SpecialFolderEmptyInContainer,
        "Environment.GetFolderPath(SpecialFolder.{0}) {1}; a path built on it points into the working folder or nowhere ({2})");

    // Folders the runtime's Unix Environment.GetFolderPath has no path for: "" on Linux, whatever the option.
    // (CommonTemplates is /usr/share/templates, which container images lack and only root could create.)
    private static readonly ImmutableHashSet<string> EmptyOnLinux = ImmutableHashSet.Create(
        "ProgramFiles", "ProgramFilesX86", "CommonProgramFiles", "CommonProgramFilesX86", "System", "SystemX86", "Windows",
        "AdminTools", "CommonAdminTools", "Cookies", "History", "InternetCache", "Recent", "SendTo", "StartMenu", "Startup",
        "Programs", "CommonStartMenu", "CommonPrograms", "CommonStartup", "Resources", "LocalizedResources", "CDBurning",
        "PrinterShortcuts", "NetworkShortcuts", "CommonOemLinks", "CommonDesktopDirectory", "CommonDocuments", "CommonMusic",
        "CommonPictures", "CommonVideos", "CommonTemplates", "Favorites", "MyComputer");

    // Folders under $HOME (XDG config and data, ~/Desktop, ~/Music, ~/Pictures, ~/Videos, ~/Templates, ~/.fonts): the
    // runtime returns "" for them unless they exist, which they do not in a fresh container; SpecialFolderOption.Create
    // creates them. (UserProfile and MyDocuments are $HOME itself.)
    private static readonly ImmutableHashSet<string> UserFolders = ImmutableHashSet.Create(
        "ApplicationData", "LocalApplicationData", "Desktop", "DesktopDirectory", "MyMusic", "MyPictures", "MyVideos", "Templates", "Fonts");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        start.RegisterOperationAction(operation =>
        {
            var invocation = (IInvocationOperation)operation.Operation;
            if (invocation.TargetMethod is not { Name: "GetFolderPath", ContainingType.Name: "Environment" } || invocation.Arguments.Length == 0
                || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true } folderValue
                || invocation.Arguments[0].Value.Type is not INamedTypeSymbol folderType)
            {
                return;
            }

            var folder = NameOf(folderType, folderValue.Value);
            if (folder == null || OsGuards.RunsOnlyOffLinux(operation))
            {
                return;
            }

            if (EmptyOnLinux.Contains(folder))
            {
                operation.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), folder,
                    "is empty on Linux", "use a path from configuration or relative to AppContext.BaseDirectory"));
                return;
            }

            var option = invocation.Arguments.Length > 1 ? invocation.Arguments[1].Value.ConstantValue : default;
            // Create makes the folder, DoNotVerify returns the path unchecked; no option, or None (0), verifies.
            var verifies = invocation.Arguments.Length == 1 || (option.HasValue && option.Value is int flags && flags == 0);
            if (UserFolders.Contains(folder) && verifies)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(FixableKey, invocation.Arguments.Length == 1 ? "add" : "replace");
                operation.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), properties, folder,
                    "is empty when the folder does not exist, as in a fresh container", "pass Environment.SpecialFolderOption.Create, or use a configured path"));
            }
        }, OperationKind.Invocation);
    }

    private static string? NameOf(INamedTypeSymbol enumType, object? value)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return field.Name;
            }
        }

        return null;
    }
}
