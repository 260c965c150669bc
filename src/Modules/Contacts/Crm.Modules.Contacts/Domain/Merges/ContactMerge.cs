using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Merges;

/// <summary>
/// Contacts merged into one: the contact kept, those folded into it (kept hidden, not deleted), what the kept one was
/// before, and the notes and timeline entries moved to it, so that the merge can be undone for
/// <see cref="UndoWindow"/> as long as the kept contact has not changed since.
/// </summary>
internal sealed class ContactMerge : AggregateRoot<MergeId>
{
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(30);

    private List<Guid> _sourceIds = [];
    private List<MovedEntry> _moved = [];

    private ContactMerge(MergeId id, Guid targetId, string targetBefore, Guid mergedBy, DateTimeOffset mergedAtUtc)
        : base(id)
    {
        TargetId = targetId;
        TargetBefore = targetBefore;
        MergedBy = mergedBy;
        MergedAtUtc = mergedAtUtc;
    }

    public Guid TargetId { get; private init; }

    public IReadOnlyList<Guid> SourceIds => _sourceIds;

    /// <summary>The kept contact's details and owner before the merge, as JSON.</summary>
    public string TargetBefore { get; private init; }

    public IReadOnlyList<MovedEntry> Moved => _moved;

    public Guid MergedBy { get; private init; }

    public DateTimeOffset MergedAtUtc { get; private init; }

    public DateTimeOffset? UndoneAtUtc { get; private set; }

    public static ContactMerge Record(
        Guid targetId, IReadOnlyList<Guid> sourceIds, string targetBefore, IReadOnlyList<MovedEntry> moved, Guid mergedBy, DateTimeOffset now)
    {
        var merge = new ContactMerge(MergeId.New(), targetId, targetBefore, mergedBy, now.ToStoredPrecision())
        {
            _sourceIds = [.. sourceIds],
            _moved = [.. moved],
        };
        merge.Raise(new ContactsMerged(merge.Id, targetId, sourceIds, merge.MergedAtUtc));
        return merge;
    }

    public bool CanBeUndone(DateTimeOffset? targetChangedAtUtc, DateTimeOffset now) =>
        UndoneAtUtc is null && now - MergedAtUtc <= UndoWindow && !(targetChangedAtUtc > MergedAtUtc);

    /// <param name="targetChangedAtUtc">When the kept contact last changed: a change after the merge would be lost by undoing it.</param>
    /// <param name="now">The time of the undo.</param>
    public Result Undo(DateTimeOffset? targetChangedAtUtc, DateTimeOffset now)
    {
        if (UndoneAtUtc is not null)
        {
            return Error.Conflict("merge.already_undone", "This merge was undone already.");
        }

        if (now - MergedAtUtc > UndoWindow)
        {
            return Error.Conflict("merge.too_old", $"A merge can be undone for {UndoWindow.TotalDays} days; this one is older.");
        }

        if (targetChangedAtUtc > MergedAtUtc)
        {
            return Error.Conflict("merge.target_changed", "The kept contact has changed since the merge: undoing it would lose that change.");
        }

        UndoneAtUtc = now.ToStoredPrecision();
        Raise(new ContactsMergeUndone(Id, TargetId, _sourceIds, UndoneAtUtc.Value));
        return Result.Success();
    }
}
