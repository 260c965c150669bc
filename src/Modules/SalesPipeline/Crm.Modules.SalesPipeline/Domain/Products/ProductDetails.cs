using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Products;

/// <summary>What an administrator writes on a product: prices in one or more currencies (one each).</summary>
internal sealed record ProductDetails(string? Sku, string? Name, string? Description, IReadOnlyList<Money> Prices, decimal VatRate, Billing Billing, bool IsActive);
