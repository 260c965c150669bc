using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.UpdateInteraction;

internal static class UpdateInteractionEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .WithName("UpdateInteraction")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Rewrites a logged call or visit report (happenedAtUtc not given keeps it). Requires If-Match.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<InteractionResponse>, ProblemHttpResult>> Handle(
        Guid id, InteractionRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(
            new UpdateInteraction(
                id, request.Kind, request.HappenedAtUtc, request.Direction, request.DurationSeconds, request.Outcome, request.Title, request.Location, request.Notes,
                request.ContactIds, request.CompanyId, request.DealId, precondition.Value),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
