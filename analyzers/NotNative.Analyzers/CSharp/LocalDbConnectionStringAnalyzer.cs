using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotNative.Dockerfiles.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// NN1011: a SQL Server LocalDB connection string (<c>(localdb)\MSSQLLocalDB</c>) in string literals of container code
/// and in the project's appsettings.json / appsettings.{Environment}.json, which the package adds as AdditionalFiles
/// (NotNativeSettingsFile). appsettings.Development.json is left alone: developers run that natively. LocalDB exists
/// only on Windows. No fix: what replaces it is the user's choice of database.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LocalDbConnectionStringAnalyzer : ContainerCodeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RoslynDescriptors.Create(RuleCatalogue.LocalDbConnectionString,
        "'{0}' is SQL Server LocalDB, which exists only on Windows; in the Linux container SqlClient throws 'LocalDB is not supported on this platform' unless the container's environment overrides this connection string (ConnectionStrings__<name>). Use SQL Server in a container (mcr.microsoft.com/mssql/server) or another database, and keep LocalDB in appsettings.Development.json or user secrets.");

    private const string Marker = "(localdb)\\";
    private const string SettingsMetadata = "build_metadata.AdditionalFiles.NotNativeSettingsFile";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected override void Register(CompilationStartAnalysisContext start, ContainerContext container)
    {
        start.RegisterSyntaxNodeAction(node =>
        {
            var text = node.Node is LiteralExpressionSyntax literal ? literal.Token.ValueText : ((InterpolatedStringTextSyntax)node.Node).TextToken.ValueText;
            if (DataSourceIn(text) is { } dataSource && !OsGuards.RunsOnlyOffLinux(node.Node, node.SemanticModel, node.CancellationToken)
                && !InDesignTimeFactory(node.Node, node.SemanticModel, node.CancellationToken))
            {
                node.ReportDiagnostic(Diagnostic.Create(Rule, node.Node.GetLocation(), dataSource));
            }
        }, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);

        start.RegisterAdditionalFileAction(file =>
        {
            if (!IsCheckedSettingsFile(file.AdditionalFile.Path, file.Options.AnalyzerConfigOptionsProvider.GetOptions(file.AdditionalFile))
                || file.AdditionalFile.GetText(file.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (var (span, dataSource) in JsonStringsWithLocalDb(text.ToString()))
            {
                var location = Location.Create(file.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
                file.ReportDiagnostic(Diagnostic.Create(Rule, location, dataSource));
            }
        });
    }

    /// <summary><c>(localdb)\MSSQLLocalDB</c> from a connection string that names LocalDB (any letter case), up to ';' or the end.</summary>
    internal static string? DataSourceIn(string text)
    {
        var start = text.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var end = text.IndexOfAny(new[] { ';', '"', '\'', '\n' }, start);
        return text.Substring(start, (end < 0 ? text.Length : end) - start).TrimEnd();
    }

    /// <summary>appsettings.json and appsettings.{Environment}.json, not appsettings.Development.json; NotNativeSettingsFile=false opts a file out.</summary>
    private static bool IsCheckedSettingsFile(string path, AnalyzerConfigOptions options)
    {
        var name = Path.GetFileName(path);
        if (string.Equals(name, "appsettings.Development.json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (options.TryGetValue(SettingsMetadata, out var marked) && !string.IsNullOrWhiteSpace(marked))
        {
            return string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return name.StartsWith("appsettings.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The JSON string tokens (quotes included) whose value names LocalDB, in one pass that skips // and /* */ comments
    /// (appsettings files may have them). Malformed JSON is read as far as it goes; nothing throws.
    /// </summary>
    internal static System.Collections.Generic.IEnumerable<(TextSpan Span, string DataSource)> JsonStringsWithLocalDb(string json)
    {
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            if (c == '/' && i + 1 < json.Length && json[i + 1] == '/')
            {
                var newline = json.IndexOf('\n', i);
                i = newline < 0 ? json.Length : newline + 1;
            }
            else if (c == '/' && i + 1 < json.Length && json[i + 1] == '*')
            {
                var close = json.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? json.Length : close + 2;
            }
            else if (c == '"')
            {
                var end = i + 1;
                while (end < json.Length && json[end] != '"' && json[end] != '\n')
                {
                    end += json[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end, json.Length - 1);
                var raw = json.Substring(i + 1, Math.Max(0, end - i - 1));
                if (raw.IndexOf("(localdb)", StringComparison.OrdinalIgnoreCase) >= 0 && DataSourceIn(raw.Replace("\\\\", "\\")) is { } dataSource)
                {
                    yield return (TextSpan.FromBounds(i, end + 1), dataSource);
                }

                i = end + 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Inside an EF Core IDesignTimeDbContextFactory: `dotnet ef` runs it on the developer's machine, never in the container.</summary>
    private static bool InDesignTimeFactory(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IDesignTimeDbContextFactory" && implemented.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore.Design")
            {
                return true;
            }
        }

        return false;
    }
}
