using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Products;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListProducts;

internal static class ListProductsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListProducts")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("The catalogue by name, a keyset page at a time. q finds a SKU or name; includeInactive adds retired products.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<ProductResponse>>, ProblemHttpResult>> Handle(
        string? q, bool? includeInactive, int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListProducts(q, includeInactive ?? false, limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
