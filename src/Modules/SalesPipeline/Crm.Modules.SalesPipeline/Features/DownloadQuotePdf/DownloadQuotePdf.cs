using Crm.Modules.SalesPipeline.Features.QuotePdf;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.SalesPipeline.Features.DownloadQuotePdf;

/// <summary>A quote as a PDF in its own language, with the company's legal mentions and the customer's address.</summary>
internal sealed record DownloadQuotePdf(Guid Id) : IQuery<Result<QuotePdfFile>>;

internal sealed class DownloadQuotePdfHandler(VisibleQuoteLoader quotes, QuotePdfPrinter printer) : IQueryHandler<DownloadQuotePdf, Result<QuotePdfFile>>
{
    public async ValueTask<Result<QuotePdfFile>> Handle(DownloadQuotePdf query, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(query.Id, forChange: false, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var seller = await printer.SellerAsync(cancellationToken);
        if (!seller.IsSuccess)
        {
            return seller.Error!;
        }

        var (quote, deal) = loaded.Value;
        return await printer.PrintAsync(quote, deal, seller.Value, cancellationToken);
    }
}
