using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.SetUserTeam;

internal static class SetUserTeamEndpoint
{
    public sealed record Request(Guid? TeamId);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/team", Handle)
            .WithName("SetUserTeam")
            .WithSummary("Puts a user in a team ({ \"teamId\": … }), or in none with null.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetUserTeam(id, request.TeamId), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem(http);
    }
}
