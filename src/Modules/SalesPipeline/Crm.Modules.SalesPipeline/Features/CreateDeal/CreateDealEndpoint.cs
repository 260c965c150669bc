using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.CreateDeal;

internal static class CreateDealEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateDeal")
            .RequirePermission(Permissions.DealsWrite)
            .WithSummary("Opens a deal in a pipeline's open stage (by default the first pipeline's first stage), owned by you unless ownerId says otherwise.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<DealResponse>, ProblemHttpResult>> Handle(
        DealRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateDeal(request), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/deals/{result.Value.Id}", result.Value);
    }
}
