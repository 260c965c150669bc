using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.CreateTeam;

internal static class CreateTeamEndpoint
{
    public sealed record Request(string? Name, Guid? ManagerId, Guid? ParentTeamId);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateTeam")
            .WithSummary("Creates a team, with an optional manager (who sees what its members own) and parent team.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<TeamResponse>, ProblemHttpResult>> Handle(
        Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateTeam(request.Name, request.ManagerId, request.ParentTeamId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/teams/{result.Value.Id}", result.Value);
    }
}
