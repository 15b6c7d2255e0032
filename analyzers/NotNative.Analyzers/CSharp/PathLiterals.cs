using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace NotNative.Analyzers.CSharp;

/// <summary>Recognises host-specific paths in string constants, and which arguments are file-system paths.</summary>
internal static class PathLiterals
{
    public static bool IsWindowsAbsolute(string value) =>
        (value.Length >= 3 && IsAsciiLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'))
        || (value.StartsWith(@"\\", StringComparison.Ordinal) && value.Length > 2 && char.IsLetterOrDigit(value[2]));

    public static bool IsMacHostPath(string value) =>
        value.StartsWith("/Users/", StringComparison.Ordinal) || value.StartsWith("/Volumes/", StringComparison.Ordinal)
        || value.StartsWith("/private/", StringComparison.Ordinal);

    /// <summary>A backslash between path characters (<c>data\config.json</c>), not an absolute Windows path.</summary>
    public static bool HasBackslashSeparator(string value)
    {
        if (IsWindowsAbsolute(value))
        {
            return false;
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && IsPathChar(value[i - 1]) && IsPathChar(value[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPathChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.';

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>The constant string of an argument (a literal, a const, a concatenation of constants).</summary>
    public static string? ConstantString(IOperation? operation) =>
        operation?.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    /// <summary>
    /// Whether an argument is a file-system path: a parameter of a System.IO API or of a file provider, or a
    /// parameter named like a path (path, fileName, directory, folder, root).
    /// </summary>
    public static bool IsFileSystemArgument(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || parameter.Type.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        var containing = parameter.ContainingSymbol?.ContainingType;
        var ns = containing?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (ns == "System.IO" || ns.StartsWith("Microsoft.Extensions.FileProviders", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal))
        {
            return true;
        }

        var name = parameter.Name;
        return name.IndexOf("path", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("directory", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("folder", StringComparison.OrdinalIgnoreCase) >= 0
               || name.Equals("fileName", StringComparison.OrdinalIgnoreCase)
               || name.Equals("root", StringComparison.OrdinalIgnoreCase);
    }
}
