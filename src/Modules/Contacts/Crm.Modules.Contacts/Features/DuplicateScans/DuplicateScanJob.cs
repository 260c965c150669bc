using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.DuplicateScans;

/// <summary>
/// Takes the next asked-for duplicate scan and runs its passes, saving the progress (and extending the lease) after
/// every batch; at the end stores its groups, ranked by score, and deletes those of older scans in one transaction.
/// </summary>
internal sealed class DuplicateScanJob(ContactsDbContext db, DuplicateScanPasses passes, TimeProvider time, ILogger<DuplicateScanJob> logger)
{
    public const int GroupsPerSave = 1000;

    // A process that died holding a scan is replaced after this.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var candidates = await db.DuplicateScans
            .Where(s => s.Status == DuplicateScanStatus.Queued || s.Status == DuplicateScanStatus.Running)
            .OrderBy(s => s.CreatedAtUtc).Take(5).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var scan = candidates.Find(s => s.TryLease(now, now + Lease));
        if (scan is null)
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // Another process took it first.
            return true;
        }

        await RunAsync(scan, cancellationToken);
        return true;
    }

    private async Task RunAsync(DuplicateScan scan, CancellationToken cancellationToken)
    {
        try
        {
            await ScanAsync(scan, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another worker took the scan over (this one was too slow to extend its lease): it is its to finish.
            logger.LogInformation("Duplicate scan {DuplicateScanId} was taken over by another worker.", scan.Id.Value);
            db.ChangeTracker.Clear();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Duplicate scan {DuplicateScanId} stopped on an unexpected error.", scan.Id.Value);
            db.ChangeTracker.Clear();
            var failed = await db.DuplicateScans.SingleAsync(s => s.Id == scan.Id, cancellationToken);
            if (!failed.IsHeldBy(scan.LeaseToken!.Value))
            {
                return;
            }

            await db.CandidateGroups.Where(g => g.ScanId == scan.Id).ExecuteDeleteAsync(cancellationToken);
            failed.Fail("The scan stopped on an unexpected error; run it again.", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task ScanAsync(DuplicateScan scan, CancellationToken cancellationToken)
    {
        // Groups left by a run of this scan that stopped while saving them.
        await db.CandidateGroups.Where(g => g.ScanId == scan.Id).ExecuteDeleteAsync(cancellationToken);
        scan.Start(await db.Contacts.CountAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        var grouping = new DuplicateGrouping();
        await passes.ByNameAsync(grouping, done => ProgressAsync(scan, DuplicateScanPhase.Names, done, cancellationToken), cancellationToken);
        await passes.ByCompanyAsync(grouping, () => ProgressAsync(scan, DuplicateScanPhase.Companies, 0, cancellationToken), cancellationToken);
        await passes.BySharedKeysAsync(grouping, () => ProgressAsync(scan, DuplicateScanPhase.SharedKeys, 0, cancellationToken), cancellationToken);

        var groups = grouping.Groups();
        for (var start = 0; start < groups.Count; start += GroupsPerSave)
        {
            db.CandidateGroups.AddRange(groups.Skip(start).Take(GroupsPerSave).Select((g, i) => CandidateGroup.Of(scan.Id, start + i + 1, g)));
            await ProgressAsync(scan, DuplicateScanPhase.Saving, 0, cancellationToken);
            foreach (var saved in db.ChangeTracker.Entries<CandidateGroup>().ToList())
            {
                saved.State = EntityState.Detached;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CandidateGroups.Where(g => g.ScanId != scan.Id).ExecuteDeleteAsync(cancellationToken);
        scan.Complete(groups.Count, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ProgressAsync(DuplicateScan scan, DuplicateScanPhase phase, int scanned, CancellationToken cancellationToken)
    {
        scan.Advance(phase, scanned, time.GetUtcNow() + Lease);
        await db.SaveChangesAsync(cancellationToken); // Fails on the version check if another worker took the scan.
    }
}
