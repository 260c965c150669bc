using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Products;

/// <summary>A product as the API takes it: <c>prices</c> holds one unit price per currency (the price list).</summary>
internal sealed record ProductRequest(string? Sku, string? Name, string? Description, IReadOnlyList<MoneyRequest>? Prices, decimal? VatRate, Billing? Billing, bool? IsActive)
{
    public Result<ProductDetails> ToDetails(string defaultCurrency)
    {
        var prices = new List<Money>();
        foreach (var price in Prices ?? [])
        {
            var money = Money.Create(price.Amount ?? 0, string.IsNullOrWhiteSpace(price.Currency) ? defaultCurrency : price.Currency);
            if (!money.IsSuccess)
            {
                return money.Error!;
            }

            prices.Add(money.Value);
        }

        return new ProductDetails(Sku, Name, Description, prices, VatRate ?? -1, Billing ?? Domain.Products.Billing.OneOff, IsActive ?? true);
    }
}
