using Crm.Modules.Contacts.Domain.Common;

namespace Crm.Modules.Contacts.Domain.BulkActions;

/// <summary>
/// The records a bulk action works on, frozen when it was asked for: ticked ones, or a list's search, filters and
/// segment (contacts only); always within what the requester saw then (<see cref="SeenEveryone"/> or the owners in <see cref="SeenOwnerIds"/>).
/// </summary>
internal sealed record BulkActionSelection
{
    /// <summary>The ticked contacts or companies, as the action's records are.</summary>
    public List<Guid> RecordIds { get; init; } = [];

    public string? Search { get; init; }

    public List<StoredFilter> Filters { get; init; } = [];

    public Guid? SegmentId { get; init; }

    public bool SeenEveryone { get; init; }

    public List<Guid> SeenOwnerIds { get; init; } = [];
}
