using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListDealQuotes;

/// <summary>A deal's quotes, newest number first and each number's revisions newest first.</summary>
internal sealed record ListDealQuotes(Guid DealId) : IQuery<Result<IReadOnlyList<QuoteResponse>>>;

internal sealed class ListDealQuotesHandler(SalesDbContext db, VisibleDealLoader deals) : IQueryHandler<ListDealQuotes, Result<IReadOnlyList<QuoteResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<QuoteResponse>>> Handle(ListDealQuotes query, CancellationToken cancellationToken)
    {
        var deal = await deals.LoadAsync(query.DealId, forChange: false, cancellationToken);
        if (!deal.IsSuccess)
        {
            return deal.Error!;
        }

        var quotes = await db.Quotes.AsNoTracking().Where(q => q.DealId == query.DealId)
            .OrderByDescending(q => q.Year).ThenByDescending(q => q.Sequence).ThenByDescending(q => q.Revision)
            .ToListAsync(cancellationToken);
        var quoteIds = quotes.Select(q => q.Id).ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => quoteIds.Contains(o.QuoteId)).ToDictionaryAsync(o => o.QuoteId, o => o.Id.Value, cancellationToken);
        return quotes.Select(q => QuoteResponse.From(q, orders.TryGetValue(q.Id, out var order) ? order : null)).ToList();
    }
}
