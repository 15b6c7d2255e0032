namespace NotNative.Dockerfiles.Semantics;

public enum ContainerOs
{
    Unknown,
    Linux,
    Windows,
}

/// <summary>Where a stage's OS verdict came from, strongest first.</summary>
public enum OsEvidenceSource
{
    None,
    PlatformFlag,
    ParentStage,
    ImageCatalogue,
}

/// <summary>A stage's OS and why. Unknown is never turned into a mismatch.</summary>
public sealed class OsVerdict
{
    public static readonly OsVerdict Unknown = new(ContainerOs.Unknown, OsEvidenceSource.None, "nothing in the file tells", null);

    public OsVerdict(ContainerOs os, OsEvidenceSource source, string evidence, ImageFamily? family, string? rootEvidence = null)
    {
        Os = os;
        Source = source;
        Evidence = evidence;
        Family = family;
        RootEvidence = rootEvidence ?? evidence;
    }

    public ContainerOs Os { get; }
    public OsEvidenceSource Source { get; }
    public string Evidence { get; }

    /// <summary>For a stage built on another stage, the evidence of the first stage of the chain; else <see cref="Evidence"/>.</summary>
    public string RootEvidence { get; }

    /// <summary>The catalogue entry that decided it, when the image reference did.</summary>
    public ImageFamily? Family { get; }
}
