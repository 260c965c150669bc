using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Contacts.Features.BulkActions;

/// <summary>Takes the next bulk action with work to do and does it, a batch of contacts or companies per transaction with its progress.</summary>
internal sealed class BulkActionJob(ContactsDbContext db, ContactSelection contactSelection, CompanySelection companySelection, BulkChange change, TimeProvider time, ILogger<BulkActionJob> logger)
{
    public const int BatchSize = 500;

    // A process that died holding an action is replaced after this.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var candidates = await db.BulkActions
            .Where(b => b.Status == BulkActionStatus.Queued || b.Status == BulkActionStatus.Running)
            .OrderBy(b => b.Id).Take(10).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var action = candidates.Find(b => b.TryLease(now, now + Lease));
        if (action is null)
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

        await RunAsync(action.Id, action.LeaseToken!.Value, cancellationToken);
        return true;
    }

    private async Task RunAsync(BulkActionId id, Guid token, CancellationToken cancellationToken)
    {
        try
        {
            while (await RunBatchAsync(id, token, cancellationToken))
            {
                db.ChangeTracker.Clear();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // A record of the batch changed meanwhile, or another worker took over: the batch was not saved; it is taken again.
            logger.LogInformation("A batch of bulk action {BulkActionId} met a concurrent change; it is tried again.", id.Value);
            db.ChangeTracker.Clear();
            var action = await db.BulkActions.SingleAsync(b => b.Id == id, cancellationToken);
            action.ReleaseLease(token);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Bulk action {BulkActionId} stopped on an unexpected error.", id.Value);
            db.ChangeTracker.Clear();
            var action = await db.BulkActions.SingleAsync(b => b.Id == id, cancellationToken);
            if (!action.IsHeldBy(token))
            {
                return; // Another worker took it over: it is its to finish.
            }

            action.Fail("The action stopped on an unexpected error; the records done so far keep their change.", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Does the next batch; whether there may be more.</summary>
    private async Task<bool> RunBatchAsync(BulkActionId id, Guid token, CancellationToken cancellationToken)
    {
        var action = await db.BulkActions.SingleAsync(b => b.Id == id, cancellationToken);
        if (!action.IsHeldBy(token) || action.IsFinished)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var batch = action.Records == RecordKind.Company ? await CompaniesAsync(action, now, cancellationToken) : await ContactsAsync(action, now, cancellationToken);
        if (!batch.IsSuccess)
        {
            action.Fail(batch.Error.Message, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        if (batch.Value.LastId is not { } last)
        {
            action.Complete(now);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        action.Advance(last, batch.Value.Done, batch.Value.Changed, now + Lease);
        if (batch.Value.Done < BatchSize)
        {
            action.Complete(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return batch.Value.Done == BatchSize;
    }

    private async Task<Result<Batch>> ContactsAsync(BulkAction action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var s = action.Selection;
        var selected = await contactSelection.SelectAsync(s.Search, [.. s.Filters.Select(StoredFilters.ToCondition)], s.SegmentId, SeenBy(s), cancellationToken);
        if (!selected.IsSuccess)
        {
            return selected.Error;
        }

        var contacts = selected.Value;
        if (s.RecordIds.Count > 0)
        {
            var ids = s.RecordIds.Select(i => new ContactId(i)).ToList();
            contacts = contacts.Where(c => ids.Contains(c.Id));
        }

        var after = new ContactId(action.LastRecordId ?? Guid.Empty);
        // The selection reads without tracking, as lists do; the batch is changed, so it is tracked.
        var batch = await contacts.AsTracking().Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var contact in batch)
        {
            changed += await change.ApplyAsync(action, contact, now, cancellationToken) ? 1 : 0;
        }

        return new Batch(batch.Count, changed, batch.Count == 0 ? null : batch[^1].Id.Value);
    }

    private async Task<Result<Batch>> CompaniesAsync(BulkAction action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var s = action.Selection;
        var selected = await companySelection.SelectAsync(s.Search, [.. s.Filters.Select(StoredFilters.ToCondition)], SeenBy(s), cancellationToken);
        if (!selected.IsSuccess)
        {
            return selected.Error;
        }

        var companies = selected.Value;
        if (s.RecordIds.Count > 0)
        {
            var ids = s.RecordIds.Select(i => new CompanyId(i)).ToList();
            companies = companies.Where(c => ids.Contains(c.Id));
        }

        var after = new CompanyId(action.LastRecordId ?? Guid.Empty);
        var batch = await companies.AsTracking().Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var company in batch)
        {
            changed += await change.ApplyAsync(action, company, now, cancellationToken) ? 1 : 0;
        }

        if (action.Kind == BulkActionKind.Delete && batch.Count < BatchSize)
        {
            changed += await DeleteParentsLeftAsync(companies, batch.Count == 0 ? after : batch[^1].Id, now, cancellationToken);
        }

        return new Batch(batch.Count, changed, batch.Count == 0 ? null : batch[^1].Id.Value);
    }

    /// <summary>
    /// In a delete's last batch, the selected parent companies it left because their subsidiaries stood, once it has
    /// deleted those subsidiaries too; level by level, so a whole selected group goes. How many.
    /// </summary>
    private async Task<int> DeleteParentsLeftAsync(IQueryable<Company> selected, CompanyId last, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            var going = db.ChangeTracker.Entries<Company>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToList();
            var parents = await selected.AsTracking()
                .Where(c => c.Id.CompareTo(last) <= 0 && !going.Contains(c.Id) && !db.Companies.Any(s => s.ParentCompanyId == c.Id && !going.Contains(s.Id)))
                .ToListAsync(cancellationToken);
            if (parents.Count == 0)
            {
                return deleted;
            }

            foreach (var parent in parents)
            {
                await CompanyRemoval.RemoveAsync(db, parent, now, cancellationToken);
            }

            deleted += parents.Count;
        }
    }

    private static VisibleOwners SeenBy(BulkActionSelection s) => s.SeenEveryone ? VisibleOwners.All : VisibleOwners.Only(s.SeenOwnerIds);

    private sealed record Batch(int Done, int Changed, Guid? LastId);
}
