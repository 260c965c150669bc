using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Activities.Features.LogInteraction;

internal static class LogInteractionEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("LogInteraction")
            .RequirePermission(Permissions.ActivitiesWrite)
            .WithSummary("Logs a call (direction, durationSeconds, outcome) or a visit report (notes, location) that happened at happenedAtUtc (now when not given), linked to contactIds, a companyId and/or a dealId.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Created<InteractionResponse>, ProblemHttpResult>> Handle(
        InteractionRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new LogInteraction(
                request.Kind, request.HappenedAtUtc, request.Direction, request.DurationSeconds, request.Outcome, request.Title, request.Location, request.Notes,
                request.ContactIds, request.CompanyId, request.DealId),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/interactions/{result.Value.Id}", result.Value);
    }
}
