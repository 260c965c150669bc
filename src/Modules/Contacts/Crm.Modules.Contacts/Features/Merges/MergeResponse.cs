namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>A merge into a contact or a company: who was folded in, when, and until when it can be undone.</summary>
internal sealed record MergeResponse(Guid Id, Guid TargetId, IReadOnlyList<Guid> SourceIds, DateTimeOffset MergedAtUtc, DateTimeOffset UndoableUntilUtc, DateTimeOffset? UndoneAtUtc)
{
    public static MergeResponse From(Domain.Merges.RecordMerge m) =>
        new(m.Id.Value, m.TargetId, m.SourceIds, m.MergedAtUtc, m.MergedAtUtc + Domain.Merges.RecordMerge.UndoWindow, m.UndoneAtUtc);
}

internal sealed record MergeResult(MergeResponse Merge, ContactResponse Contact);

internal sealed record CompanyMergeResult(MergeResponse Merge, Companies.CompanyResponse Company);
