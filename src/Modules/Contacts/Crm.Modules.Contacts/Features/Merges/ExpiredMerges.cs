using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>
/// Merges past their undo window: the records merged away, kept hidden only so that the merge could be undone, are
/// deleted, and the kept record's former details forgotten, so that no personal data outlives its use. The merge
/// itself stays, as the record of who merged what and when.
/// </summary>
internal sealed class ExpiredMerges(ContactsDbContext db)
{
    private const int Batch = 100;

    /// <summary>Expires the merges older than <see cref="RecordMerge.UndoWindow"/> at <paramref name="now"/>; how many.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await PurgeAsync(db.Merges, DeleteContactsAsync, now, cancellationToken)
        + await PurgeAsync(db.CompanyMerges, DeleteCompaniesAsync, now, cancellationToken);

    private async Task<int> PurgeAsync<TMerge>(
        DbSet<TMerge> merges, Func<TMerge, CancellationToken, Task> deleteMergedAway, DateTimeOffset now, CancellationToken cancellationToken)
        where TMerge : RecordMerge
    {
        var before = now - RecordMerge.UndoWindow;
        var purged = 0;
        List<TMerge> expired;
        do
        {
            expired = await merges.Where(m => m.MergedAtUtc < before && m.UndoneAtUtc == null && m.TargetBefore != string.Empty)
                .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
            foreach (var merge in expired)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await deleteMergedAway(merge, cancellationToken);
                merge.Expire(now);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                purged++;
            }

            db.ChangeTracker.Clear();
        }
        while (expired.Count == Batch);

        return purged;
    }

    private Task DeleteContactsAsync(ContactMerge merge, CancellationToken cancellationToken)
    {
        var sources = merge.SourceIds.Select(id => new ContactId(id)).ToList();
        var target = new ContactId(merge.TargetId);
        return db.Contacts.IgnoreQueryFilters().Where(c => sources.Contains(c.Id) && c.MergedIntoId == target).ExecuteDeleteAsync(cancellationToken);
    }

    private Task DeleteCompaniesAsync(CompanyMerge merge, CancellationToken cancellationToken)
    {
        var sources = merge.SourceIds.Select(id => new CompanyId(id)).ToList();
        var target = new CompanyId(merge.TargetId);
        return db.Companies.IgnoreQueryFilters().Where(c => sources.Contains(c.Id) && c.MergedIntoId == target).ExecuteDeleteAsync(cancellationToken);
    }
}
