using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Merges;

/// <summary>
/// Companies merged into one, undoable for <see cref="RecordMerge.UndoWindow"/>: besides notes and timeline entries, it
/// records the contacts' links to the merged companies and the subsidiaries it gave to the kept company.
/// </summary>
internal sealed class CompanyMerge : RecordMerge
{
    private List<MovedLink> _links = [];
    private List<MovedChild> _children = [];

    private CompanyMerge(MergeId id, Guid targetId, string targetBefore, Guid mergedBy, DateTimeOffset mergedAtUtc)
        : base(id, targetId, targetBefore, mergedBy, mergedAtUtc)
    {
    }

    /// <summary>The links to the merged companies (the kept one included) of every contact the merge relinked, as they were.</summary>
    public IReadOnlyList<MovedLink> LinksBefore => _links;

    public IReadOnlyList<MovedChild> Children => _children;

    protected override string RecordName => "company";

    public static CompanyMerge Record(
        Guid targetId,
        IReadOnlyList<Guid> sourceIds,
        string targetBefore,
        IReadOnlyList<MovedEntry> moved,
        IReadOnlyList<MovedLink> linksBefore,
        IReadOnlyList<MovedChild> children,
        Guid mergedBy,
        DateTimeOffset now)
    {
        var merge = new CompanyMerge(MergeId.New(), targetId, targetBefore, mergedBy, now.ToStoredPrecision())
        {
            _links = [.. linksBefore],
            _children = [.. children],
        };
        merge.Fill(sourceIds, moved);
        merge.Raise(new CompaniesMerged(merge.Id, targetId, sourceIds, merge.MergedAtUtc));
        return merge;
    }

    protected override void RaiseUndone(DateTimeOffset undoneAtUtc) => Raise(new CompaniesMergeUndone(Id, TargetId, SourceIds, undoneAtUtc));
}
