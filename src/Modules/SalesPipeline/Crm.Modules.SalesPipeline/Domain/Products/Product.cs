using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Products;

/// <summary>
/// Something sold: a SKU, a unit price per currency (its price list), a VAT rate, one-off or recurring. A product is
/// retired (inactive) rather than deleted, so quotes that name it keep reading it.
/// </summary>
internal sealed class Product : AggregateRoot<ProductId>
{
    public const int SkuMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2_000;
    public const decimal MaxUnitPrice = 999_999_999.99m;

    private List<ProductPrice> _prices = [];

    private Product(ProductId id)
        : base(id)
    {
    }

    public string Sku { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public IReadOnlyList<ProductPrice> Prices => _prices;

    /// <summary>The VAT rate in percent (20, 5.5…).</summary>
    public decimal VatRate { get; private set; }

    public Billing Billing { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The SKU and name in lower case, which the catalogue's search looks into.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public static Result<Product> Create(ProductDetails details, IReadOnlyCollection<decimal> vatRates)
    {
        var product = new Product(ProductId.New());
        var written = product.Write(details, vatRates);
        return written.IsSuccess ? product : written.Error!;
    }

    public Result Change(ProductDetails details, IReadOnlyCollection<decimal> vatRates) => Write(details, vatRates);

    public ProductPrice? PriceIn(string currency) => _prices.Find(p => p.Currency == currency);

    private Result Write(ProductDetails details, IReadOnlyCollection<decimal> vatRates)
    {
        var sku = details.Sku?.Trim();
        var name = details.Name?.Trim();
        var description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        if (string.IsNullOrEmpty(sku) || sku.Length > SkuMaxLength)
        {
            return Error.Validation("product.sku_invalid", $"A product needs a SKU (its reference) of 1 to {SkuMaxLength} characters.");
        }

        if (string.IsNullOrEmpty(name) || name.Length > NameMaxLength || description?.Length > DescriptionMaxLength)
        {
            return Error.Validation("product.name_invalid", $"A product needs a name of 1 to {NameMaxLength} characters, and a description of {DescriptionMaxLength} at most.");
        }

        if (details.Prices.Count == 0 || details.Prices.DistinctBy(p => p.Currency).Count() != details.Prices.Count)
        {
            return Error.Validation("product.prices_invalid", "Give the product a unit price, one per currency.");
        }

        var badPrice = details.Prices.FirstOrDefault(p => p.Amount < 0 || p.Amount > MaxUnitPrice || decimal.Round(p.Amount, 2) != p.Amount);
        if (badPrice != default)
        {
            return Error.Validation("product.price_invalid", $"The unit price in {badPrice.Currency} must be between 0 and {MaxUnitPrice:N2}, in cents at most.");
        }

        if (!vatRates.Contains(details.VatRate))
        {
            return Error.Validation("product.vat_rate_unknown", $"{details.VatRate} % is not one of the VAT rates set up: {string.Join(", ", vatRates)}.");
        }

        Sku = sku;
        Name = name;
        Description = description;
        _prices = [.. details.Prices.Select(p => new ProductPrice(p.Currency, (long)(p.Amount * 100)))];
        VatRate = details.VatRate;
        Billing = details.Billing;
        IsActive = details.IsActive;
        SearchText = $"{sku} {name}".ToLowerInvariant();
        return Result.Success();
    }
}
