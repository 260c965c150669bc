using Crm.Modules.Contacts.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Features.QuotePdf;
using Crm.Modules.SalesPipeline.Features.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.DownloadQuotePdf;

/// <summary>A quote as a PDF in its own language, with the company's legal mentions and the customer's address.</summary>
internal sealed record DownloadQuotePdf(Guid Id) : IQuery<Result<QuotePdfFile>>;

internal sealed record QuotePdfFile(string FileName, byte[] Content);

internal sealed class DownloadQuotePdfHandler(SalesDbContext db, VisibleQuoteLoader quotes, IContactsDirectory directory, QuotePdfRenderer renderer)
    : IQueryHandler<DownloadQuotePdf, Result<QuotePdfFile>>
{
    public async ValueTask<Result<QuotePdfFile>> Handle(DownloadQuotePdf query, CancellationToken cancellationToken)
    {
        var loaded = await quotes.LoadAsync(query.Id, forChange: false, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var seller = await db.SellerProfiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (seller is not { IsSetUp: true })
        {
            return Error.RuleBroken(
                "seller.not_set_up",
                "A quote carries your company's legal mentions: an administrator must first give its name, address, SIRET and VAT number (Administration › Sales settings).");
        }

        var (quote, deal) = loaded.Value;
        var model = new QuotePdfModel(
            new SellerMentions(seller.Name, seller.AddressLines, seller.Siren?.Value, seller.Siret?.Value, seller.VatNumber?.Value, seller.LegalNotice),
            await RecipientAsync(deal, cancellationToken),
            quote.DisplayNumber,
            deal.Name,
            DateOnly.FromDateTime((quote.SentAtUtc ?? quote.CreatedAtUtc).UtcDateTime),
            quote.ValidUntil,
            quote.Language,
            quote.Currency,
            quote.Lines,
            quote.Totals,
            quote.Notes);
        return new QuotePdfFile($"{quote.DisplayNumber}.pdf", renderer.Render(model));
    }

    private async Task<QuoteRecipient> RecipientAsync(Deal deal, CancellationToken cancellationToken)
    {
        var company = deal.CompanyId is { } companyId && await directory.FindCompaniesAsync([companyId], cancellationToken) is [var found, ..] ? found : null;
        var decider = deal.Contacts.OrderBy(c => c.Role != ContactRole.DecisionMaker).Select(c => c.ContactId).FirstOrDefault();
        var contact = decider != Guid.Empty && await directory.FindContactsAsync([decider], cancellationToken) is [var person, ..] ? person : null;
        return new QuoteRecipient(company?.Name, company?.AddressLines ?? [], contact?.DisplayName);
    }
}
