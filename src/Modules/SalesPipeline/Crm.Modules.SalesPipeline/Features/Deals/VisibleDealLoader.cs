using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Deals;

/// <summary>Loads a deal the caller may see, for reading or changing; one out of sight is not found.</summary>
internal sealed class VisibleDealLoader(SalesDbContext db, IRecordVisibility visibility)
{
    public async Task<Result<Deal>> LoadAsync(Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        var deals = forChange ? db.Deals.Include(d => d.Visits.Where(v => v.ExitedAtUtc == null)) : db.Deals.AsNoTracking();
        var deal = await deals.VisibleTo(visible).FirstOrDefaultAsync(d => d.Id == new DealId(id), cancellationToken);
        return deal is null ? DealErrors.NotFound(id) : deal;
    }
}
