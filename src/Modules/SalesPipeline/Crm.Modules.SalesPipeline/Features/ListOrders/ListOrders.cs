using Crm.Modules.SalesPipeline.Domain.Orders;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListOrders;

/// <summary>The orders of a deal the caller sees, newest first.</summary>
internal sealed record ListDealOrders(Guid DealId) : IQuery<Result<IReadOnlyList<OrderResponse>>>;

internal sealed record OrderResponse(Guid Id, string Number, Guid QuoteId, Guid DealId, string Currency, IReadOnlyList<QuoteLineResponse> Lines, QuoteTotalsResponse Totals, DateTimeOffset PlacedAtUtc, Guid PlacedBy)
{
    public static OrderResponse From(Order order) => new(
        order.Id.Value, order.Number, order.QuoteId.Value, order.DealId, order.Currency, [.. order.Lines.Select(QuoteLineResponse.From)],
        QuoteTotalsResponse.From(order.Totals), order.PlacedAtUtc, order.PlacedBy);
}

internal sealed class ListDealOrdersHandler(SalesDbContext db, VisibleDealLoader deals) : IQueryHandler<ListDealOrders, Result<IReadOnlyList<OrderResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<OrderResponse>>> Handle(ListDealOrders query, CancellationToken cancellationToken)
    {
        var deal = await deals.LoadAsync(query.DealId, forChange: false, cancellationToken);
        if (!deal.IsSuccess)
        {
            return deal.Error!;
        }

        var orders = await db.Orders.AsNoTracking().Where(o => o.DealId == query.DealId).OrderByDescending(o => o.Id).ToListAsync(cancellationToken);
        return orders.ConvertAll(OrderResponse.From);
    }
}
