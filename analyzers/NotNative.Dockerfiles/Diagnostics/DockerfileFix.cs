using System.Collections.Generic;

namespace NotNative.Dockerfiles.Diagnostics;

/// <summary>A mechanical fix: the edits that make the diagnostic go away, and what they do.</summary>
public sealed class DockerfileFix
{
    public DockerfileFix(string title, IReadOnlyList<TextEdit> edits)
    {
        Title = title;
        Edits = edits;
    }

    public string Title { get; }
    public IReadOnlyList<TextEdit> Edits { get; }
}
