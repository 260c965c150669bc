namespace Crm.Modules.SalesPipeline.Features.Quotes;

/// <summary>A quote as the API takes it. A line naming a product takes its name, price (in the quote's currency) and VAT rate unless given.</summary>
internal sealed record QuoteRequest(DateOnly? ValidUntil, string? Language, string? Currency, string? Notes, IReadOnlyList<QuoteLineRequest>? Lines);

internal sealed record QuoteLineRequest(Guid? ProductId, string? Description, decimal? Quantity, decimal? UnitPrice, decimal? DiscountPercent, decimal? VatRate);
