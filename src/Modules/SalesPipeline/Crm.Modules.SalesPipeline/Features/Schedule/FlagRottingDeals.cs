using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Schedule;

/// <summary>
/// Open deals idle in their stage longer than its rotting period tell their owner once per idle spell
/// (<c>DealRottingIntegrationEvent</c>, which the activities module turns into a follow-up task).
/// </summary>
internal sealed class FlagRottingDeals(SalesDbContext db)
{
    private const int Batch = 200;

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var flagged = 0;
        var stages = await db.Stages.AsNoTracking().Where(s => s.RottingDays != null).ToListAsync(cancellationToken);
        foreach (var stage in stages)
        {
            var idleSince = now - TimeSpan.FromDays(stage.RottingDays!.Value);
            List<Deal> due;
            do
            {
                due = await db.Deals
                    .Where(d => d.StageId == stage.Id && d.Status == DealStatus.Open && d.LastActivityAtUtc < idleSince)
                    .Where(d => d.RottingFlaggedAtUtc == null || d.RottingFlaggedAtUtc < d.LastActivityAtUtc)
                    .OrderBy(d => d.Id)
                    .Take(Batch)
                    .ToListAsync(cancellationToken);
                flagged += due.Count(d => d.FlagRotting(stage, now));
                await db.SaveChangesAsync(cancellationToken);
            }
            while (due.Count == Batch);
        }

        return flagged;
    }
}
