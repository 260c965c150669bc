using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.Quotes;

/// <summary>
/// Turns the lines a user wrote into quote lines: a product line takes the product's name, its unit price in the
/// quote's currency and its VAT rate, unless the line says otherwise; every rate must be one of those set up.
/// </summary>
internal sealed class QuoteLineReader(SalesDbContext db, IOptions<SalesOptions> options)
{
    public async Task<Result<IReadOnlyList<QuoteLine>>> ReadAsync(IReadOnlyList<QuoteLineRequest>? requests, string currency, CancellationToken cancellationToken)
    {
        requests ??= [];
        if (requests.Count > Quote.MaxLines)
        {
            return Error.Validation("quote.too_many_lines", $"A quote holds {Quote.MaxLines} lines at most.");
        }

        var productIds = requests.Select(r => r.ProductId).OfType<Guid>().Select(id => new ProductId(id)).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id.Value, cancellationToken);
        var rates = options.Value.EffectiveVatRates;
        var lines = new List<QuoteLine>();
        foreach (var (request, index) in requests.Select((r, i) => (r, i + 1)))
        {
            Product? product = null;
            if (request.ProductId is { } productId && !products.TryGetValue(productId, out product))
            {
                return Error.Validation("quote.product_unknown", $"Line {index}: no product has the id {productId}.");
            }

            var unitPrice = request.UnitPrice ?? product?.PriceIn(currency)?.UnitPrice;
            if (unitPrice is null)
            {
                return product is null
                    ? Error.Validation("quote.line_invalid", $"Line {index}: give a unit price, or choose a product.")
                    : Error.Validation("quote.product_no_price", $"Line {index}: \"{product.Name}\" has no price in {currency}. Give the line a unit price.");
            }

            var vatRate = request.VatRate ?? product?.VatRate ?? -1;
            if (!rates.Contains(vatRate))
            {
                return Error.Validation("quote.vat_rate_unknown", $"Line {index}: give one of the VAT rates set up ({string.Join(", ", rates)} %).");
            }

            var line = QuoteLine.Create(index, product?.Id.Value, request.Description ?? product?.Name, request.Quantity ?? 1, unitPrice.Value, request.DiscountPercent ?? 0, vatRate, product?.Sku, product?.Name);
            if (!line.IsSuccess)
            {
                return line.Error!;
            }

            lines.Add(line.Value);
        }

        return lines;
    }
}
