using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Features.Products;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.CreateProduct;

/// <summary>Adds a product to the catalogue; its SKU is unique.</summary>
internal sealed record CreateProduct(ProductRequest Request) : ICommand<Result<ProductResponse>>;

internal sealed class CreateProductHandler(SalesDbContext db, IOptions<SalesOptions> options) : ICommandHandler<CreateProduct, Result<ProductResponse>>
{
    public async ValueTask<Result<ProductResponse>> Handle(CreateProduct command, CancellationToken cancellationToken)
    {
        var details = command.Request.ToDetails(options.Value.DefaultCurrency);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var product = Product.Create(details.Value, [.. options.Value.EffectiveVatRates]);
        if (!product.IsSuccess)
        {
            return product.Error!;
        }

        if (await db.Products.AnyAsync(p => p.Sku == product.Value.Sku, cancellationToken))
        {
            return ProductErrors.SkuTaken(product.Value.Sku);
        }

        db.Products.Add(product.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueIndexViolation.Caused(e))
        {
            return ProductErrors.SkuTaken(product.Value.Sku);
        }

        return ProductResponse.From(product.Value);
    }
}
