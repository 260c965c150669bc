using Crm.Modules.SalesPipeline.Domain.Quotes;

namespace Crm.Modules.SalesPipeline.Features.Quotes;

/// <summary>A line; <c>productSku</c> and <c>productName</c> are the product's as they were when the line was written.</summary>
internal sealed record QuoteLineResponse(
    Guid? ProductId,
    string? ProductSku,
    string? ProductName,
    string Description,
    decimal Quantity,
    decimal UnitPrice,
    decimal DiscountPercent,
    decimal VatRate,
    decimal Net,
    decimal Vat)
{
    public static QuoteLineResponse From(QuoteLine line) =>
        new(line.ProductId, line.ProductSku, line.ProductName, line.Description, line.Quantity, line.UnitPrice, line.DiscountPercent, line.VatRate, line.Net, line.Vat);
}

internal sealed record RateTotalResponse(decimal VatRate, decimal Net, decimal Vat);

internal sealed record QuoteTotalsResponse(IReadOnlyList<RateTotalResponse> PerRate, decimal Net, decimal Vat, decimal Gross)
{
    public static QuoteTotalsResponse From(QuoteTotals totals) =>
        new([.. totals.PerRate.Select(r => new RateTotalResponse(r.VatRate, r.Net, r.Vat))], totals.Net, totals.Vat, totals.Gross);
}

internal sealed record QuoteResponse(
    Guid Id,
    Guid DealId,
    string Number,
    int Revision,
    string DisplayNumber,
    QuoteStatus Status,
    string Currency,
    string Language,
    DateOnly ValidUntil,
    string? Notes,
    IReadOnlyList<QuoteLineResponse> Lines,
    QuoteTotalsResponse Totals,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? SentAtUtc,
    DateTimeOffset? DecidedAtUtc,
    Guid? DecidedBy,
    DateTimeOffset? ExpiredAtUtc,
    DateTimeOffset? LastEmailedAtUtc,
    string? LastEmailedTo,
    Guid? OrderId,
    int Version)
{
    public static QuoteResponse From(Quote quote, Guid? orderId = null) => new(
        quote.Id.Value,
        quote.DealId,
        quote.Number,
        quote.Revision,
        quote.DisplayNumber,
        quote.Status,
        quote.Currency,
        quote.Language,
        quote.ValidUntil,
        quote.Notes,
        [.. quote.Lines.Select(QuoteLineResponse.From)],
        QuoteTotalsResponse.From(quote.Totals),
        quote.CreatedAtUtc,
        quote.SentAtUtc,
        quote.DecidedAtUtc,
        quote.DecidedBy,
        quote.ExpiredAtUtc,
        quote.LastEmailedAtUtc,
        quote.LastEmailedTo,
        orderId,
        quote.Version);
}
