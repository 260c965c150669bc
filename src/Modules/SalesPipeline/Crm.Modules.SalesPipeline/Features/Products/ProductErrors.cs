using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Products;

internal static class ProductErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("product.not_found", $"No product has the id {id}.");

    public static Error SkuTaken(string? sku) => Error.Conflict("product.sku_taken", $"Another product already has the SKU \"{sku?.Trim()}\".");
}
