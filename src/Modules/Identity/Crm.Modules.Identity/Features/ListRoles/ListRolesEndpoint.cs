using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.ListRoles;

internal static class ListRolesEndpoint
{
    public sealed record PermissionsResponse(IReadOnlyList<string> Permissions);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", Handle)
            .WithName("ListRoles")
            .WithSummary("Lists every role with its permissions and whether it requires MFA.")
            .RequirePermission(Permissions.AdminUsers);
        group.MapGet("/permissions", () => TypedResults.Ok(new PermissionsResponse(Permissions.All)))
            .WithName("ListPermissions")
            .WithSummary("Lists every permission a role can hold.")
            .RequirePermission(Permissions.AdminUsers);
    }

    private static async Task<Ok<IReadOnlyList<RoleResponse>>> Handle(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRoles(), cancellationToken));
}
