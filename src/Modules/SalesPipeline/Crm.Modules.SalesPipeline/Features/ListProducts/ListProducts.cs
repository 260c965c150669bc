using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Features.Products;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListProducts;

/// <summary>The catalogue by name, a keyset page at a time; <c>q</c> finds a SKU or a name by its beginning or any part.</summary>
internal sealed record ListProducts(string? Search, bool IncludeInactive, int? Limit, string? Cursor) : IQuery<Result<Page<ProductResponse>>>;

internal sealed class ListProductsHandler(SalesDbContext db) : IQueryHandler<ListProducts, Result<Page<ProductResponse>>>
{
    public async ValueTask<Result<Page<ProductResponse>>> Handle(ListProducts query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var products = db.Products.AsNoTracking();
        if (!query.IncludeInactive)
        {
            products = products.Where(p => p.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLowerInvariant();
            products = products.Where(p => p.SearchText.Contains(text));
        }

        if (paging.Value.After is { } after)
        {
            var afterId = new ProductId(after);
            var afterName = await db.Products.Where(p => p.Id == afterId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            if (afterName is null)
            {
                return Error.Validation("paging.cursor_invalid", "cursor names a product that no longer exists: start again from the first page.");
            }

            products = products.Where(p => p.Name.CompareTo(afterName) > 0 || (p.Name == afterName && p.Id.CompareTo(afterId) > 0));
        }

        var rows = await products.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(paging.Value.Limit + 1).ToListAsync(cancellationToken);
        return paging.Value.ToPage(rows, p => p.Id.Value, ProductResponse.From);
    }
}
