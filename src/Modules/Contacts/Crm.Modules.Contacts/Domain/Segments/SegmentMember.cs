using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Domain.Segments;

/// <summary>A contact put in a static segment.</summary>
internal sealed class SegmentMember(SegmentId segmentId, ContactId contactId, DateTimeOffset addedAtUtc)
{
    public SegmentId SegmentId { get; private init; } = segmentId;

    public ContactId ContactId { get; private init; } = contactId;

    public DateTimeOffset AddedAtUtc { get; private init; } = addedAtUtc;
}
