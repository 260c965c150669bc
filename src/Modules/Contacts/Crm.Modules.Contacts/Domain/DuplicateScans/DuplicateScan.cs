using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>
/// A search for likely duplicates over the whole contact base, run by a background worker under a lease. Its pairs are
/// kept in memory until the end, so a scan taken over after a process stopped starts again from the beginning.
/// </summary>
internal sealed class DuplicateScan : AggregateRoot<DuplicateScanId>
{
    private DuplicateScan(DuplicateScanId id, Guid requestedBy, DateTimeOffset createdAtUtc)
        : base(id)
    {
        RequestedBy = requestedBy;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid RequestedBy { get; private init; }

    public DuplicateScanStatus Status { get; private set; }

    public DuplicateScanPhase Phase { get; private set; }

    /// <summary>How many contacts the base held when the scan started.</summary>
    public int Total { get; private set; }

    /// <summary>How many contacts the name pass has read.</summary>
    public int Scanned { get; private set; }

    public int GroupsFound { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? StartedAtUtc { get; private set; }

    public DateTimeOffset? FinishedAtUtc { get; private set; }

    public DateTimeOffset? LeasedUntilUtc { get; private set; }

    public Guid? LeaseToken { get; private set; }

    public bool IsFinished => Status is DuplicateScanStatus.Completed or DuplicateScanStatus.Failed;

    public static DuplicateScan Ask(Guid requestedBy, DateTimeOffset now) => new(DuplicateScanId.New(), requestedBy, now.ToStoredPrecision());

    /// <summary>Takes the scan for one worker, from the beginning.</summary>
    public bool TryLease(DateTimeOffset now, DateTimeOffset until)
    {
        if (IsFinished || LeasedUntilUtc > now)
        {
            return false;
        }

        Status = DuplicateScanStatus.Running;
        Phase = DuplicateScanPhase.Names;
        Scanned = 0;
        GroupsFound = 0;
        StartedAtUtc = now.ToStoredPrecision();
        LeasedUntilUtc = until.ToStoredPrecision();
        LeaseToken = Guid.NewGuid();
        return true;
    }

    public bool IsHeldBy(Guid token) => LeaseToken == token && !IsFinished;

    public void Start(int total) => Total = total;

    /// <summary>Work done in <paramref name="phase"/>; the lease runs on.</summary>
    public void Advance(DuplicateScanPhase phase, int scanned, DateTimeOffset leasedUntil)
    {
        Phase = phase;
        Scanned += scanned;
        LeasedUntilUtc = leasedUntil.ToStoredPrecision();
    }

    public void Complete(int groupsFound, DateTimeOffset now)
    {
        Status = DuplicateScanStatus.Completed;
        GroupsFound = groupsFound;
        FinishedAtUtc = now.ToStoredPrecision();
        LeasedUntilUtc = null;
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = DuplicateScanStatus.Failed;
        FailureReason = reason;
        FinishedAtUtc = now.ToStoredPrecision();
        LeasedUntilUtc = null;
    }
}
