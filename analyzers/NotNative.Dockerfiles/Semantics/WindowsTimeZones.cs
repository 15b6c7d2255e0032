namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// Windows time-zone IDs ("W. Europe Standard Time") and the IANA ID each stands for ("Europe/Berlin"), for NN1010.
/// The table (WindowsTimeZones.Table.g.cs) is generated from CLDR's windowsZones data by
/// eng/generate-windows-time-zones.mjs; docs/rules/NN1010.md says when Linux .NET finds a Windows ID.
/// </summary>
public static partial class WindowsTimeZones
{
    /// <summary>Every Windows ID of the table with its primary IANA ID.</summary>
    public static System.Collections.Generic.IReadOnlyDictionary<string, string> All => PrimaryIanaIds;

    /// <summary>
    /// The primary IANA ID of a Windows time-zone ID (any letter case), or null for anything else. "UTC" is not taken
    /// as a Windows ID: TimeZoneInfo resolves "UTC" itself on every platform, with or without ICU.
    /// </summary>
    public static string? IanaIdOf(string? id) =>
        id != null && !string.Equals(id, "UTC", System.StringComparison.OrdinalIgnoreCase) && PrimaryIanaIds.TryGetValue(id, out var iana) ? iana : null;
}
