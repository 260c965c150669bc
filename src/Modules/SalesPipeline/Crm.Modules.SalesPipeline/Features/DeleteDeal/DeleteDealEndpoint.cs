using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.DeleteDeal;

internal static class DeleteDealEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/{id:guid}", Handle)
            .WithName("DeleteDeal")
            .RequirePermission(Permissions.DealsWrite)
            .WithSummary("Deletes a deal and its stage history. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new DeleteDeal(id, precondition.Value), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem(http);
    }
}
