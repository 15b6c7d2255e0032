using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Semantics;

/// <summary>
/// The stages by <c>AS</c> name, so <c>FROM name</c> and <c>COPY --from=name</c> cost one lookup each and the model
/// stays linear in stages (a scan of the earlier stages made 64k stages take 45 s). The first stage of a name wins
/// (BuildKit rejects duplicates). <see cref="StagesExamined"/> counts the stages each lookup looked at: the tests'
/// measure of the model's cost, in operations rather than time.
/// </summary>
internal sealed class StageNames
{
    private readonly Dictionary<string, Stage> _byName = new(StringComparer.Ordinal);

    public long Lookups { get; private set; }

    public long StagesExamined { get; private set; }

    public void Add(Stage stage)
    {
        if (stage.Name != null && !_byName.ContainsKey(stage.Name))
        {
            _byName[stage.Name] = stage;
        }
    }

    /// <summary>The stage named <paramref name="name"/> (any case) that stands before <paramref name="beforeIndex"/>.</summary>
    public Stage? Find(string name, int beforeIndex)
    {
        Lookups++;
        if (!_byName.TryGetValue(name.ToLowerInvariant(), out var stage))
        {
            return null;
        }

        StagesExamined++;
        return stage.Index < beforeIndex ? stage : null;
    }
}
