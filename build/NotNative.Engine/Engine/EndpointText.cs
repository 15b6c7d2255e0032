namespace NotNative.Engine.Engine;

/// <summary>Endpoint strings as they may be shown.</summary>
public static class EndpointText
{
    /// <summary>
    /// Removes user:password from an endpoint string as written, before anything parses it: a password with '#',
    /// '/', '?' or '@', a bad port or an unclosed '[' makes the string no URI at all, and it must not be shown whole.
    /// Everything from the authority's start to the last '@' goes (an '@' further on only hides more, never less).
    /// </summary>
    public static string Redact(string endpoint)
    {
        var scheme = endpoint.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : scheme + 3;
        var at = endpoint.LastIndexOf('@');
        return at < start ? endpoint : endpoint[..start] + "***@" + endpoint[(at + 1)..];
    }
}
