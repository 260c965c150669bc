using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Merges;

/// <summary>
/// Records merged into one: the record kept, those folded into it (kept hidden, not deleted), what the kept one was
/// before, and the notes and timeline entries moved to it, so that the merge can be undone for
/// <see cref="UndoWindow"/> as long as the kept record has not changed since.
/// </summary>
internal abstract class RecordMerge : AggregateRoot<MergeId>
{
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(30);

    private List<Guid> _sourceIds = [];
    private List<MovedEntry> _moved = [];

    protected RecordMerge(MergeId id, Guid targetId, string targetBefore, Guid mergedBy, DateTimeOffset mergedAtUtc)
        : base(id)
    {
        TargetId = targetId;
        TargetBefore = targetBefore;
        MergedBy = mergedBy;
        MergedAtUtc = mergedAtUtc;
    }

    public Guid TargetId { get; private init; }

    public IReadOnlyList<Guid> SourceIds => _sourceIds;

    /// <summary>The kept record's details and owner before the merge, as JSON; empty once the merge can no longer be undone (<see cref="Expire"/>).</summary>
    public string TargetBefore { get; private set; }

    public IReadOnlyList<MovedEntry> Moved => _moved;

    public Guid MergedBy { get; private init; }

    public DateTimeOffset MergedAtUtc { get; private init; }

    public DateTimeOffset? UndoneAtUtc { get; private set; }

    /// <summary>What the kept record is called in messages: "contact", "company".</summary>
    protected abstract string RecordName { get; }

    public bool CanBeUndone(DateTimeOffset? targetChangedAtUtc, DateTimeOffset now) =>
        UndoneAtUtc is null && now - MergedAtUtc <= UndoWindow && !(targetChangedAtUtc > MergedAtUtc);

    /// <param name="targetChangedAtUtc">When the kept record last changed: a change after the merge would be lost by undoing it.</param>
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
            return Error.Conflict("merge.target_changed", $"The kept {RecordName} has changed since the merge: undoing it would lose that change.");
        }

        UndoneAtUtc = now.ToStoredPrecision();
        RaiseUndone(UndoneAtUtc.Value);
        return Result.Success();
    }

    /// <summary>
    /// Past <see cref="UndoWindow"/>, forgets what only an undo needed: the kept record's former details. The records
    /// merged away are deleted by the caller.
    /// </summary>
    public Result Expire(DateTimeOffset now)
    {
        if (UndoneAtUtc is not null || now - MergedAtUtc <= UndoWindow)
        {
            return Error.Conflict("merge.still_undoable", $"This merge can still be undone, or was: only a merge older than {UndoWindow.TotalDays} days expires.");
        }

        TargetBefore = string.Empty;
        return Result.Success();
    }

    protected void Fill(IReadOnlyList<Guid> sourceIds, IReadOnlyList<MovedEntry> moved)
    {
        _sourceIds = [.. sourceIds];
        _moved = [.. moved];
    }

    protected abstract void RaiseUndone(DateTimeOffset undoneAtUtc);
}
