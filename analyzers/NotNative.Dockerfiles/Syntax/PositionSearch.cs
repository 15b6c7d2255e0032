using System;
using System.Collections.Generic;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>Binary search over things kept in file order (instructions, stages): one lookup costs O(log n), not a scan.</summary>
internal static class PositionSearch
{
    /// <summary>The index of the last item whose start is at or before <paramref name="position"/>, or -1.</summary>
    public static int LastStartingAtOrBefore<T>(IReadOnlyList<T> items, int position, Func<T, int> start)
    {
        int low = 0, high = items.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (start(items[middle]) <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
