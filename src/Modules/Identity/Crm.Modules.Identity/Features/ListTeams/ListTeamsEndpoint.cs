using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.ListTeams;

internal static class ListTeamsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListTeams")
            .WithSummary("Lists every team with its manager, parent and members.")
            .RequirePermission(Permissions.AdminUsers);

    private static async Task<Ok<IReadOnlyList<TeamResponse>>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListTeams(), cancellationToken));
}
