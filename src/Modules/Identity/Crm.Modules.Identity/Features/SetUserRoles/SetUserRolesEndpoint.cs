using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.SetUserRoles;

internal static class SetUserRolesEndpoint
{
    public sealed record Request(IReadOnlyList<string>? Roles);

    public sealed record Response(IReadOnlyList<string> Roles);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/roles", Handle)
            .WithName("SetUserRoles")
            .WithSummary("Replaces a user's roles ({ \"roles\": [...] }); you can give only roles whose permissions you hold.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Guid id, Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetUserRoles(id, request.Roles), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(new Response(result.Value)) : result.Error.ToProblem(http);
    }
}
