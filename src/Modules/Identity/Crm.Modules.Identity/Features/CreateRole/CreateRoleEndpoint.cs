using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.CreateRole;

internal static class CreateRoleEndpoint
{
    public sealed record Request(string? Name, IReadOnlyList<string>? Permissions, bool RequiresMfa);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("CreateRole")
            .WithSummary("Creates a custom role from permissions you hold yourself.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<RoleResponse>, ProblemHttpResult>> Handle(
        Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateRole(request.Name, request.Permissions, request.RequiresMfa), cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/v1/roles/{result.Value.Id}", result.Value) : result.Error.ToProblem(http);
    }
}
