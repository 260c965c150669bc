using Crm.Modules.Contacts.Domain.Common;

namespace Crm.Modules.Contacts.Domain.BulkActions;

/// <summary>
/// The contacts a bulk action works on, frozen when it was asked for: ticked contacts, or a list's search, filters and
/// segment; always within what the requester saw then (<see cref="SeenEveryone"/> or the owners in <see cref="SeenOwnerIds"/>).
/// </summary>
internal sealed record BulkActionSelection
{
    public List<Guid> ContactIds { get; init; } = [];

    public string? Search { get; init; }

    public List<StoredFilter> Filters { get; init; } = [];

    public Guid? SegmentId { get; init; }

    public bool SeenEveryone { get; init; }

    public List<Guid> SeenOwnerIds { get; init; } = [];
}
