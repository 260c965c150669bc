using Crm.Modules.Contacts.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Domain.Settings;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.QuotePdf;

/// <summary>A quote's PDF file, named after its number.</summary>
internal sealed record QuotePdfFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/pdf";
}

/// <summary>
/// Prints a quote in its own language, with the company's legal mentions and the customer's address: what is downloaded
/// and what is emailed are the same file.
/// </summary>
internal sealed class QuotePdfPrinter(SalesDbContext db, IContactsDirectory directory, QuotePdfRenderer renderer)
{
    /// <summary>The seller's legal mentions, or 422 <c>seller.not_set_up</c> while they are missing: no quote is printed without them.</summary>
    public async Task<Result<SellerProfile>> SellerAsync(CancellationToken cancellationToken)
    {
        var seller = await db.SellerProfiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (seller is not { IsSetUp: true })
        {
            return Error.RuleBroken(
                "seller.not_set_up",
                "A quote carries your company's legal mentions: an administrator must first give its name, address, SIRET and VAT number (Administration › Sales settings).");
        }

        return seller;
    }

    public async Task<QuotePdfFile> PrintAsync(Quote quote, Deal deal, SellerProfile seller, CancellationToken cancellationToken)
    {
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
