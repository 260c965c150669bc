using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Schedule;

/// <summary>Sent quotes whose last day of validity has passed become expired.</summary>
internal sealed class ExpireQuotes(SalesDbContext db)
{
    private const int Batch = 200;

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var expired = 0;
        List<Quote> due;
        do
        {
            due = await db.Quotes.Where(q => q.Status == QuoteStatus.Sent && q.ValidUntil < today).Take(Batch).ToListAsync(cancellationToken);
            expired += due.Count(q => q.ExpireIfDue(today));
            await db.SaveChangesAsync(cancellationToken);
        }
        while (due.Count == Batch);

        return expired;
    }
}
