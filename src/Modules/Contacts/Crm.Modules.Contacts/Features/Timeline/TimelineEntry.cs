using Crm.Modules.Contacts.Domain.Common;

namespace Crm.Modules.Contacts.Features.Timeline;

/// <summary>
/// Something that happened to a contact or a company, recorded from an integration event (its id is the event's, so
/// an event makes one entry). Other modules' events add their own kinds.
/// </summary>
internal sealed class TimelineEntry
{
    public const int KindMaxLength = 50;
    public const int DetailMaxLength = 500;

    public required Guid Id { get; init; }

    public required RecordKind Subject { get; init; }

    public required Guid SubjectId { get; init; }

    /// <summary><c>created</c>, <c>updated</c>, <c>owner_changed</c>…</summary>
    public required string Kind { get; init; }

    /// <summary>What the kind needs said: the fields that changed, the new owner's id.</summary>
    public string? Detail { get; init; }

    public required DateTimeOffset OccurredAtUtc { get; init; }
}
