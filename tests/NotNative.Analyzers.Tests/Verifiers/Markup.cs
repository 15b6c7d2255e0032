using System.Text.RegularExpressions;

namespace NotNative.Analyzers.Tests.Verifiers;

/// <summary>The test sources without their location markup, for the negative variants of a positive test.</summary>
internal static class Markup
{
    private static readonly Regex Span = new(@"\{\|(?:#\d+|NN\d{4}):(?<text>.*?)\|\}", RegexOptions.Singleline);

    public static string Strip(string markup) => Span.Replace(markup, match => match.Groups["text"].Value);
}
