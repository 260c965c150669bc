using Crm.Modules.SalesPipeline.Domain.Products;
using Crm.Modules.SalesPipeline.Features.Products;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.UpdateProduct;

/// <summary>Changes a product, retires it (isActive false) or brings it back. Quotes already made keep their lines.</summary>
internal sealed record UpdateProduct(Guid Id, ProductRequest Request, VersionPrecondition Precondition) : ICommand<Result<ProductResponse>>;

internal sealed class UpdateProductHandler(SalesDbContext db, IOptions<SalesOptions> options) : ICommandHandler<UpdateProduct, Result<ProductResponse>>
{
    public async ValueTask<Result<ProductResponse>> Handle(UpdateProduct command, CancellationToken cancellationToken)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == new ProductId(command.Id), cancellationToken);
        if (product is null)
        {
            return ProductErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(product.Version);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var details = command.Request.ToDetails(options.Value.DefaultCurrency);
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var changed = product.Change(details.Value, [.. options.Value.EffectiveVatRates]);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        if (await db.Products.AnyAsync(p => p.Sku == product.Sku && p.Id != product.Id, cancellationToken))
        {
            return ProductErrors.SkuTaken(product.Sku);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueIndexViolation.Caused(e))
        {
            return ProductErrors.SkuTaken(product.Sku);
        }

        return ProductResponse.From(product);
    }
}
