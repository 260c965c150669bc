using Crm.Modules.SalesPipeline.Domain.Numbering;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Persistence;

/// <summary>
/// Gapless yearly numbers for quotes and orders. <see cref="NextAsync"/> runs inside the transaction that saves the
/// numbered document: the counter's row stays locked by its update until that commits (concurrent callers wait in
/// turn), and a rollback gives the number back, so no number is skipped or given twice.
/// </summary>
internal sealed class DocumentNumbers(SalesDbContext db)
{
    /// <summary>Creates the year's counter if missing, in its own transaction, before the numbering one begins.</summary>
    public async Task EnsureCounterAsync(string prefix, int year, CancellationToken cancellationToken)
    {
        if (await db.NumberCounters.AnyAsync(c => c.Prefix == prefix && c.Year == year, cancellationToken))
        {
            return;
        }

        var counter = new NumberCounter(prefix, year, 0);
        db.NumberCounters.Add(counter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueIndexViolation.Caused(e))
        {
            // Another request created it first: theirs serves.
        }
        finally
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }

    public async Task<int> NextAsync(string prefix, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document number is taken inside the transaction that saves the document.");
        }

        var counters = db.NumberCounters.Where(c => c.Prefix == prefix && c.Year == year);
        await counters.ExecuteUpdateAsync(set => set.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken);
        return await counters.AsNoTracking().Select(c => c.Last).SingleAsync(cancellationToken);
    }
}
