namespace Crm.Modules.Identity.Contracts;

/// <summary>
/// The owners whose records the current user may see. A module applies it inside its queries:
/// <c>if (!visible.Everyone) query = query.Where(r => visible.OwnerIds.Contains(r.OwnerId));</c>, and answers 404 for
/// a record that <see cref="Includes"/> refuses, so out-of-scope records are absent from reads, lists, searches,
/// exports and counts alike.
/// </summary>
public sealed class VisibleOwners
{
    private VisibleOwners(bool everyone, IReadOnlySet<Guid> ownerIds)
    {
        Everyone = everyone;
        OwnerIds = ownerIds;
    }

    public static VisibleOwners All { get; } = new(true, new HashSet<Guid>());

    public static VisibleOwners None { get; } = new(false, new HashSet<Guid>());

    /// <summary>Records of every owner, and records without one.</summary>
    public bool Everyone { get; }

    /// <summary>When not <see cref="Everyone"/>: the owners whose records are visible.</summary>
    public IReadOnlySet<Guid> OwnerIds { get; }

    public static VisibleOwners Only(IEnumerable<Guid> ownerIds) => new(false, ownerIds.ToHashSet());

    public bool Includes(Guid? ownerId) => Everyone || (ownerId is { } owner && OwnerIds.Contains(owner));
}
