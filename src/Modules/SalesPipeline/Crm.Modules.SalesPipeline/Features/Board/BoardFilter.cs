using Crm.Modules.SalesPipeline.Domain.Deals;

namespace Crm.Modules.SalesPipeline.Features.Board;

/// <summary>What narrows a board: the owner, and a range of expected close dates (both ends included).</summary>
internal sealed record BoardFilter(Guid? OwnerId, DateOnly? CloseFrom, DateOnly? CloseTo)
{
    public IQueryable<Deal> Apply(IQueryable<Deal> deals)
    {
        if (OwnerId is { } ownerId)
        {
            deals = deals.Where(d => d.OwnerId == ownerId);
        }

        if (CloseFrom is { } from)
        {
            deals = deals.Where(d => d.ExpectedCloseDate >= from);
        }

        if (CloseTo is { } to)
        {
            deals = deals.Where(d => d.ExpectedCloseDate <= to);
        }

        return deals;
    }
}
