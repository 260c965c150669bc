using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.ListDirectoryTeams;

internal static class ListDirectoryTeamsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/teams", Handle)
            .WithName("ListDirectoryTeams")
            .WithSummary("Lists every team for scopes and filters: id, name, parent team and manager.")
            .RequirePermission(Permissions.DirectoryRead);

    private static async Task<Ok<IReadOnlyList<DirectoryTeamResponse>>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDirectoryTeams(), cancellationToken));
}
