using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ListOrders;

internal static class ListDealOrdersEndpoint
{
    public static void Map(RouteGroupBuilder deals) =>
        deals.MapGet("/{id:guid}/orders", Handle)
            .WithName("ListDealOrders")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("The orders placed from a deal's accepted quotes, with their lines and totals.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<IReadOnlyList<OrderResponse>>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListDealOrders(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
