using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.MoveDeal;

internal static class MoveDealEndpoint
{
    public sealed record Request(Guid StageId, Guid? LostReasonId, string? LostNote);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/move", Handle)
            .WithName("MoveDeal")
            .RequirePermission(Permissions.DealsWrite)
            .WithSummary("Moves a deal into a stage: the won stage wins it, the lost stage loses it (lostReasonId required). Requires If-Match.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<DealResponse>, ProblemHttpResult>> Handle(
        Guid id, Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new MoveDeal(id, request.StageId, request.LostReasonId, request.LostNote, precondition.Value), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
