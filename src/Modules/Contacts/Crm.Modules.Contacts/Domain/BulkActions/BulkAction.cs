using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.BulkActions;

/// <summary>
/// A change made to many contacts or companies at once, run by a background worker in batches, each saved with the
/// progress, so a restart goes on after the last record done (<see cref="LastRecordId"/>; records are taken in id order).
/// </summary>
internal sealed class BulkAction : AggregateRoot<BulkActionId>
{
    private BulkAction(BulkActionId id, Guid requestedBy, RecordKind records, BulkActionKind kind, string? field, string? value, DateTimeOffset createdAtUtc)
        : base(id)
    {
        RequestedBy = requestedBy;
        Records = records;
        Kind = kind;
        Field = field;
        Value = value;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid RequestedBy { get; private init; }

    /// <summary>What the action changes: contacts or companies.</summary>
    public RecordKind Records { get; private init; }

    public BulkActionKind Kind { get; private init; }

    /// <summary>The field set by <see cref="BulkActionKind.SetField"/> (<c>lifecycleStage</c>, <c>source</c>, <c>cf.&lt;key&gt;</c>).</summary>
    public string? Field { get; private init; }

    /// <summary>The owner id, the tag, or the field's value as JSON, checked when the action was asked for.</summary>
    public string? Value { get; private init; }

    public BulkActionSelection Selection { get; private init; } = null!;

    public BulkActionStatus Status { get; private set; }

    /// <summary>How many records the selection held when the action was asked for.</summary>
    public int Total { get; private init; }

    public int Done { get; private set; }

    /// <summary>How many of the records done were changed (adding a tag a record has changes nothing).</summary>
    public int Changed { get; private set; }

    public Guid? LastRecordId { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? FinishedAtUtc { get; private set; }

    public DateTimeOffset? LeasedUntilUtc { get; private set; }

    public Guid? LeaseToken { get; private set; }

    public bool IsFinished => Status is BulkActionStatus.Completed or BulkActionStatus.Failed;

    public static BulkAction Ask(
        Guid requestedBy, RecordKind records, BulkActionKind kind, string? field, string? value, BulkActionSelection selection, int total, DateTimeOffset now) =>
        new(BulkActionId.New(), requestedBy, records, kind, field, value, now.ToStoredPrecision()) { Selection = selection, Total = total };

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

    /// <summary>A batch done: its last record, how many it held and changed; the lease runs on.</summary>
    public void Advance(Guid lastRecordId, int done, int changed, DateTimeOffset leasedUntil)
    {
        LastRecordId = lastRecordId;
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
