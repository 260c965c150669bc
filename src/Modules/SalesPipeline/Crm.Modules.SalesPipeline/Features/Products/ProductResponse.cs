using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Features.Deals;

namespace Crm.Modules.SalesPipeline.Features.Products;

internal sealed record ProductResponse(Guid Id, string Sku, string Name, string? Description, IReadOnlyList<MoneyResponse> Prices, decimal VatRate, Billing Billing, bool IsActive, int Version)
{
    public static ProductResponse From(Product product) => new(
        product.Id.Value,
        product.Sku,
        product.Name,
        product.Description,
        [.. product.Prices.Select(p => new MoneyResponse(p.UnitPrice, p.Currency))],
        product.VatRate,
        product.Billing,
        product.IsActive,
        product.Version);
}
