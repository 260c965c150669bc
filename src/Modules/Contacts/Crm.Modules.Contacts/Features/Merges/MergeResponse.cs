namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>A merge into a contact: who was folded in, when, and until when it can be undone.</summary>
internal sealed record MergeResponse(Guid Id, Guid TargetId, IReadOnlyList<Guid> SourceIds, DateTimeOffset MergedAtUtc, DateTimeOffset UndoableUntilUtc, DateTimeOffset? UndoneAtUtc)
{
    public static MergeResponse From(Domain.Merges.ContactMerge m) =>
        new(m.Id.Value, m.TargetId, m.SourceIds, m.MergedAtUtc, m.MergedAtUtc + Domain.Merges.ContactMerge.UndoWindow, m.UndoneAtUtc);
}

internal sealed record MergeResult(MergeResponse Merge, ContactResponse Contact);
