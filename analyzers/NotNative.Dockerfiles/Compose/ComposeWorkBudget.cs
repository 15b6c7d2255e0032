namespace NotNative.Dockerfiles.Compose;

/// <summary>
/// Bounds the work of one compose file's rules: aliases let a small file name the same large node many times
/// (a "billion laughs" file), so every node a rule visits is counted and the rules stop when the budget is spent.
/// Real compose files visit a few thousand nodes.
/// </summary>
public sealed class ComposeWorkBudget
{
    public const int DefaultVisits = 1_000_000;
    private int _left;

    public ComposeWorkBudget(int visits = DefaultVisits) => _left = visits;

    public bool IsSpent => _left <= 0;

    /// <summary>Counts one visit; false when the budget is spent and the caller must stop.</summary>
    public bool Visit() => --_left >= 0;
}
