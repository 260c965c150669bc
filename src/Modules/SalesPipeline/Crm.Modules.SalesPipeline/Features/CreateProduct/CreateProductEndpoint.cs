using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Products;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.CreateProduct;

internal static class CreateProductEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateProduct")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Adds a product: SKU (unique), name, unit prices (one per currency), VAT rate, billing (OneOff, Monthly, Yearly).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<ProductResponse>, ProblemHttpResult>> Handle(
        ProductRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateProduct(request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/products/{result.Value.Id}", result.Value);
    }
}
