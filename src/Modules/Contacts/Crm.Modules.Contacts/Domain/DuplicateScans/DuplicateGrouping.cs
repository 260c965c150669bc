namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>Contacts found alike, pair by pair: its score is that of its best pair, its reasons those of all its pairs.</summary>
internal sealed record FoundGroup(IReadOnlyList<Guid> ContactIds, double Score, LikenessReasons Reasons);

/// <summary>
/// Joins alike pairs into groups (union-find): if A is like B and B like C, the three are one group to review.
/// Holds only the contacts met in a pair, which are few next to the whole base.
/// </summary>
internal sealed class DuplicateGrouping
{
    private readonly Dictionary<Guid, Guid> _parent = [];
    private readonly Dictionary<Guid, (double Score, LikenessReasons Reasons)> _best = [];

    public int ContactCount => _parent.Count;

    public void Add(Guid a, Guid b, Likeness likeness)
    {
        if (a == b)
        {
            return;
        }

        var rootA = Root(a);
        var rootB = Root(b);
        var score = likeness.Score;
        var reasons = likeness.Reasons;
        foreach (var root in new[] { rootA, rootB })
        {
            if (_best.Remove(root, out var held))
            {
                score = Math.Max(score, held.Score);
                reasons |= held.Reasons;
            }
        }

        // The smaller id becomes the root, so the result does not depend on the order pairs came in.
        var (keep, fold) = rootA.CompareTo(rootB) <= 0 ? (rootA, rootB) : (rootB, rootA);
        _parent[fold] = keep;
        _best[keep] = (score, reasons);
    }

    /// <summary>The groups, best score first, then by their oldest id; each group's contacts in id order.</summary>
    public IReadOnlyList<FoundGroup> Groups() =>
        [.. _parent.Keys.ToList().GroupBy(Root)
            .Select(g => new FoundGroup([.. g.Order()], _best[g.Key].Score, _best[g.Key].Reasons))
            .OrderByDescending(g => g.Score).ThenBy(g => g.ContactIds[0])];

    private Guid Root(Guid id)
    {
        if (_parent.TryAdd(id, id))
        {
            return id;
        }

        var root = id;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (id != root)
        {
            var next = _parent[id];
            _parent[id] = root; // Path compression.
            id = next;
        }

        return root;
    }
}
