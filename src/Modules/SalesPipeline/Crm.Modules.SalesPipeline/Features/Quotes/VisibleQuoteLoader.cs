using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Quotes;

/// <summary>A quote is seen by whoever sees its deal; one on a deal out of sight is not found.</summary>
internal sealed class VisibleQuoteLoader(SalesDbContext db, VisibleDealLoader deals)
{
    public async Task<Result<(Quote Quote, Deal Deal)>> LoadAsync(Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var quotes = forChange ? db.Quotes : db.Quotes.AsNoTracking();
        var quote = await quotes.FirstOrDefaultAsync(q => q.Id == new QuoteId(id), cancellationToken);
        if (quote is null)
        {
            return QuoteErrors.NotFound(id);
        }

        var deal = await deals.LoadAsync(quote.DealId, forChange, cancellationToken);
        return deal.IsSuccess ? (quote, deal.Value) : QuoteErrors.NotFound(id);
    }
}
