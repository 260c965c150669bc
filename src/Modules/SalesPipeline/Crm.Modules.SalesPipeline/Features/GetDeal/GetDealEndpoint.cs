using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.GetDeal;

internal static class GetDealEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", Handle)
            .WithName("GetDeal")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("Reads a deal with its company, contacts and stage history (newest first), with its ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DealResponse>, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetDeal(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
