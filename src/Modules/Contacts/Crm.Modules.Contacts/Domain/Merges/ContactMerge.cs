using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Merges;

/// <summary>Contacts merged into one, undoable for <see cref="RecordMerge.UndoWindow"/>.</summary>
internal sealed class ContactMerge : RecordMerge
{
    private ContactMerge(MergeId id, Guid targetId, string targetBefore, Guid mergedBy, DateTimeOffset mergedAtUtc)
        : base(id, targetId, targetBefore, mergedBy, mergedAtUtc)
    {
    }

    protected override string RecordName => "contact";

    public static ContactMerge Record(
        Guid targetId, IReadOnlyList<Guid> sourceIds, string targetBefore, IReadOnlyList<MovedEntry> moved, Guid mergedBy, DateTimeOffset now)
    {
        var merge = new ContactMerge(MergeId.New(), targetId, targetBefore, mergedBy, now.ToStoredPrecision());
        merge.Fill(sourceIds, moved);
        merge.Raise(new ContactsMerged(merge.Id, targetId, sourceIds, merge.MergedAtUtc));
        return merge;
    }

    protected override void RaiseUndone(DateTimeOffset undoneAtUtc) => Raise(new ContactsMergeUndone(Id, TargetId, SourceIds, undoneAtUtc));
}
