using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.GetDeal;

/// <summary>A deal the caller can see, with its contacts, company and stage history.</summary>
internal sealed record GetDeal(Guid Id) : IQuery<Result<DealResponse>>;

internal sealed class GetDealHandler(VisibleDealLoader deals, DealReader reader) : IQueryHandler<GetDeal, Result<DealResponse>>
{
    public async ValueTask<Result<DealResponse>> Handle(GetDeal query, CancellationToken cancellationToken)
    {
        var deal = await deals.LoadAsync(query.Id, forChange: false, cancellationToken);
        return deal.IsSuccess ? await reader.ReadAsync(deal.Value, cancellationToken) : deal.Error!;
    }
}
