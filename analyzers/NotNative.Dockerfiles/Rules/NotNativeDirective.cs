using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Rules;

/// <summary>What a <c># notnative ...</c> comment asks for.</summary>
internal enum NotNativeDirectiveKind
{
    /// <summary><c># notnative ignore=NN2003,NN2004</c>: the next instruction.</summary>
    Ignore,

    /// <summary><c># notnative global ignore=NN2010</c>: the whole file.</summary>
    GlobalIgnore,

    /// <summary><c># notnative target-os=windows</c>: the file's target OS.</summary>
    TargetOs,
}

/// <summary>
/// The one reader of <c># notnative ...</c> comments, for suppressions and the file's target OS alike:
/// <c>notnative [global] KEY=VALUE</c>, case-insensitive, spaces allowed between the words and around <c>=</c>.
/// A comment that does not have this shape is an ordinary comment.
/// </summary>
internal sealed class NotNativeDirective
{
    private const string Keyword = "notnative";

    private NotNativeDirective(NotNativeDirectiveKind kind, IReadOnlyList<string> values)
    {
        Kind = kind;
        Values = values;
    }

    public NotNativeDirectiveKind Kind { get; }

    /// <summary>The rule IDs of an ignore (split at commas and spaces), or the one OS name of a target-os.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Reads a comment's text (after <c>#</c>); null when it is not a NotNative directive.</summary>
    public static NotNativeDirective? Parse(string comment)
    {
        var text = comment.Trim();
        if (!text.StartsWith(Keyword, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = text.Substring(Keyword.Length).TrimStart();
        var global = rest.StartsWith("global", StringComparison.OrdinalIgnoreCase);
        if (global)
        {
            rest = rest.Substring("global".Length).TrimStart();
        }

        var equals = rest.IndexOf('=');
        if (equals < 0)
        {
            return null;
        }

        var key = rest.Substring(0, equals).Trim();
        var value = rest.Substring(equals + 1).Trim();
        if (string.Equals(key, "ignore", StringComparison.OrdinalIgnoreCase))
        {
            var ids = value.Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            return new NotNativeDirective(global ? NotNativeDirectiveKind.GlobalIgnore : NotNativeDirectiveKind.Ignore, ids);
        }

        if (!global && string.Equals(key, "target-os", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
        {
            return new NotNativeDirective(NotNativeDirectiveKind.TargetOs, new[] { value });
        }

        return null;
    }
}
