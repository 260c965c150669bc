using Crm.Modules.SalesPipeline.Domain.Quotes;

namespace Crm.Modules.SalesPipeline.Features.QuotePdf;

/// <summary>The seller's legal mentions, printed on every quote.</summary>
internal sealed record SellerMentions(string Name, IReadOnlyList<string> AddressLines, string? Siren, string? Siret, string? VatNumber, string? LegalNotice);

/// <summary>Who the quote is addressed to: the deal's company and its decision maker, as far as they are known.</summary>
internal sealed record QuoteRecipient(string? CompanyName, IReadOnlyList<string> AddressLines, string? ContactName);

/// <summary>Everything a quote's PDF shows, in the quote's language.</summary>
internal sealed record QuotePdfModel(
    SellerMentions Seller,
    QuoteRecipient Recipient,
    string DisplayNumber,
    string DealName,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    string Language,
    string Currency,
    IReadOnlyList<QuoteLine> Lines,
    QuoteTotals Totals,
    string? Notes);
