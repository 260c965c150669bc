using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Features.Products;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetProduct;

internal sealed record GetProduct(Guid Id) : IQuery<Result<ProductResponse>>;

internal sealed class GetProductHandler(SalesDbContext db) : IQueryHandler<GetProduct, Result<ProductResponse>>
{
    public async ValueTask<Result<ProductResponse>> Handle(GetProduct query, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new ProductId(query.Id), cancellationToken);
        return product is null ? ProductErrors.NotFound(query.Id) : ProductResponse.From(product);
    }
}
