namespace Crm.Modules.SalesPipeline.Domain.Products;

/// <summary>A product's unit price in one currency (its price list entry), in hundredths.</summary>
internal sealed record ProductPrice(string Currency, long UnitPriceCents)
{
    public decimal UnitPrice => UnitPriceCents / 100m;
}
