using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.BulkActions;

/// <summary>
/// A change made to many contacts at once, run by a background worker in batches, each saved with the progress, so a
/// restart goes on after the last contact done (<see cref="LastContactId"/>; contacts are taken in id order).
/// </summary>
internal sealed class BulkAction : AggregateRoot<BulkActionId>
{
    private BulkAction(BulkActionId id, Guid requestedBy, BulkActionKind kind, string? field, string? value, DateTimeOffset createdAtUtc)
        : base(id)
    {
        RequestedBy = requestedBy;
        Kind = kind;
        Field = field;
        Value = value;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid RequestedBy { get; private init; }

    public BulkActionKind Kind { get; private init; }

    /// <summary>The field set by <see cref="BulkActionKind.SetField"/> (<c>lifecycleStage</c>, <c>source</c>, <c>cf.&lt;key&gt;</c>).</summary>
    public string? Field { get; private init; }

    /// <summary>The owner id, the tag, or the field's value as JSON, checked when the action was asked for.</summary>
    public string? Value { get; private init; }

    public BulkActionSelection Selection { get; private init; } = null!;

    public BulkActionStatus Status { get; private set; }

    /// <summary>How many contacts the selection held when the action was asked for.</summary>
    public int Total { get; private init; }

    public int Done { get; private set; }

    /// <summary>How many of the contacts done were changed (adding a tag a contact has changes nothing).</summary>
    public int Changed { get; private set; }

    public Guid? LastContactId { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? FinishedAtUtc { get; private set; }

    public DateTimeOffset? LeasedUntilUtc { get; private set; }

    public Guid? LeaseToken { get; private set; }

    public bool IsFinished => Status is BulkActionStatus.Completed or BulkActionStatus.Failed;

    public static BulkAction Ask(Guid requestedBy, BulkActionKind kind, string? field, string? value, BulkActionSelection selection, int total, DateTimeOffset now) =>
        new(BulkActionId.New(), requestedBy, kind, field, value, now.ToStoredPrecision()) { Selection = selection, Total = total };

    public bool TryLease(DateTimeOffset now, DateTimeOffset until)
    {
        if (IsFinished || LeasedUntilUtc > now)
        {
            return false;
        }

        Status = BulkActionStatus.Running;
        LeasedUntilUtc = until.ToStoredPrecision();
        LeaseToken = Guid.NewGuid();
        return true;
    }

    public bool IsHeldBy(Guid token) => LeaseToken == token;

    /// <summary>A batch done: its last contact, how many it held and changed; the lease runs on.</summary>
    public void Advance(Guid lastContactId, int done, int changed, DateTimeOffset leasedUntil)
    {
        LastContactId = lastContactId;
        Done += done;
        Changed += changed;
        LeasedUntilUtc = leasedUntil.ToStoredPrecision();
    }

    public void Complete(DateTimeOffset now)
    {
        Status = BulkActionStatus.Completed;
        FinishedAtUtc = now.ToStoredPrecision();
        LeasedUntilUtc = null;
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = BulkActionStatus.Failed;
        FailureReason = reason;
        FinishedAtUtc = now.ToStoredPrecision();
        LeasedUntilUtc = null;
    }

    public void ReleaseLease(Guid token)
    {
        if (LeaseToken == token)
        {
            LeasedUntilUtc = null;
        }
    }
}
