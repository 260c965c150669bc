using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;

namespace Crm.Modules.SalesPipeline.Features.Deals;

/// <summary>Narrows a query to the deals the caller may see, so reads, lists, boards and totals agree.</summary>
internal static class VisibleDeals
{
    public static IQueryable<Deal> VisibleTo(this IQueryable<Deal> deals, VisibleOwners visible)
    {
        if (visible.Everyone)
        {
            return deals;
        }

        var owners = visible.OwnerIds.ToList();
        return deals.Where(d => owners.Contains(d.OwnerId));
    }
}
