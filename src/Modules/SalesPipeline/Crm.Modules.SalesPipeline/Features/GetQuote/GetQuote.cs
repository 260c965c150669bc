using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetQuote;

internal sealed record GetQuote(Guid Id) : IQuery<Result<QuoteResponse>>;

internal sealed class GetQuoteHandler(SalesDbContext db, VisibleQuoteLoader quotes) : IQueryHandler<GetQuote, Result<QuoteResponse>>
{
    public async ValueTask<Result<QuoteResponse>> Handle(GetQuote query, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(query.Id, forChange: false, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var quote = loaded.Value.Quote;
        var orderId = await db.Orders.Where(o => o.QuoteId == quote.Id).Select(o => (Guid?)o.Id.Value).FirstOrDefaultAsync(cancellationToken);
        return QuoteResponse.From(quote, orderId);
    }
}
