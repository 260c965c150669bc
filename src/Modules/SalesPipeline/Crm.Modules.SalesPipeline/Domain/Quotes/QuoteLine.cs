using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Quotes;

/// <summary>
/// One line of a quote: what is sold, how many, at which unit price (excluding VAT), discount and VAT rate (percentages).
/// Its <see cref="Net"/> and <see cref="Vat"/> are rounded to the cent, half away from zero; the quote's totals add
/// these rounded amounts (<see cref="QuoteTotals"/>). A line is immutable: build one with <see cref="Create"/>.
/// </summary>
internal sealed record QuoteLine
{
    public const int DescriptionMaxLength = 500;
    public const decimal MaxQuantity = 1_000_000m;
    public const decimal MaxUnitPrice = 999_999_999.99m;
    public const int QuantityDecimals = 3;
    public const int AmountDecimals = 2;
    public const int PercentDecimals = 2;

    private QuoteLine(Guid? productId, string? productSku, string? productName, string description, decimal quantity, decimal unitPrice, decimal discountPercent, decimal vatRate)
    {
        ProductId = productId;
        ProductSku = productSku;
        ProductName = productName;
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        DiscountPercent = discountPercent;
        VatRate = vatRate;
    }

    /// <summary>The catalogue product the line sells, or null for a free-text line.</summary>
    public Guid? ProductId { get; private init; }

    /// <summary>The product's SKU when the line was written, or null for a free-text line (and lines written before it was kept).</summary>
    public string? ProductSku { get; private init; }

    /// <summary>The product's name when the line was written; the line's own <see cref="Description"/> may differ.</summary>
    public string? ProductName { get; private init; }

    public string Description { get; private init; }

    /// <summary>More than 0, at most 1,000,000, with 3 decimals at most; kept with 3 decimals.</summary>
    public decimal Quantity { get; private init; }

    /// <summary>Excluding VAT, 0 to 999,999,999.99, in cents; kept with 2 decimals.</summary>
    public decimal UnitPrice { get; private init; }

    /// <summary>A percentage from 0 to 100 with 2 decimals at most; kept with 2 decimals.</summary>
    public decimal DiscountPercent { get; private init; }

    /// <summary>A percentage from 0 to 100 with 2 decimals at most (20 for 20 %); kept with 2 decimals.</summary>
    public decimal VatRate { get; private init; }

    /// <summary>Quantity × unit price × (1 − discount / 100), rounded to the cent, half away from zero.</summary>
    public decimal Net => decimal.Round(Quantity * UnitPrice * (1m - (DiscountPercent / 100m)), AmountDecimals, MidpointRounding.AwayFromZero);

    /// <summary>The rounded <see cref="Net"/> × VAT rate / 100, rounded to the cent, half away from zero.</summary>
    public decimal Vat => decimal.Round(Net * VatRate / 100m, AmountDecimals, MidpointRounding.AwayFromZero);

    /// <summary>Checks and builds a line; <paramref name="position"/> (1 for the first line) names it in the error message.</summary>
    public static Result<QuoteLine> Create(
        int position,
        Guid? productId,
        string? description,
        decimal quantity,
        decimal unitPrice,
        decimal discountPercent,
        decimal vatRate,
        string? productSku = null,
        string? productName = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(position);

        if (productId == Guid.Empty)
        {
            return Invalid(position, "productId", "the product id is empty: leave it out for a line without a product.");
        }

        var text = description?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > DescriptionMaxLength)
        {
            return Invalid(position, "description", $"the description needs 1 to {DescriptionMaxLength} characters.");
        }

        if (quantity <= 0m || quantity > MaxQuantity || !HasAtMostDecimals(quantity, QuantityDecimals))
        {
            return Invalid(position, "quantity", $"the quantity must be more than 0 and at most 1,000,000, with {QuantityDecimals} decimals at most.");
        }

        if (unitPrice < 0m || unitPrice > MaxUnitPrice || !HasAtMostDecimals(unitPrice, AmountDecimals))
        {
            return Invalid(position, "unitPrice", "the unit price must be between 0 and 999,999,999.99, in cents at most.");
        }

        if (!IsPercent(discountPercent))
        {
            return Invalid(position, "discountPercent", $"the discount is a percentage from 0 to 100, with {PercentDecimals} decimals at most.");
        }

        if (!IsPercent(vatRate))
        {
            return Invalid(position, "vatRate", $"the VAT rate is a percentage from 0 to 100 (20 for 20 %), with {PercentDecimals} decimals at most.");
        }

        return new QuoteLine(
            productId,
            productId is null ? null : productSku,
            productId is null ? null : productName,
            text,
            WithScale(quantity, QuantityDecimals),
            WithScale(unitPrice, AmountDecimals),
            WithScale(discountPercent, PercentDecimals),
            WithScale(vatRate, PercentDecimals));
    }

    private static bool IsPercent(decimal value) => value is >= 0m and <= 100m && HasAtMostDecimals(value, PercentDecimals);

    private static bool HasAtMostDecimals(decimal value, int decimals) => decimal.Round(value, decimals) == value;

    // The same value written with exactly that many decimals (20 → 20.00, 1.5000 → 1.500), whatever the caller wrote,
    // so that equal lines print, serialise and group alike.
    private static decimal WithScale(decimal value, int decimals) => decimal.Round(value, decimals) + new decimal(0, 0, 0, false, (byte)decimals);

    private static Error Invalid(int position, string field, string problem) =>
        Error.Validation("quote.line_invalid", $"Line {position}: {problem}")
        with
        {
            Extensions = new Dictionary<string, object?> { ["line"] = position, ["field"] = field },
        };
}
