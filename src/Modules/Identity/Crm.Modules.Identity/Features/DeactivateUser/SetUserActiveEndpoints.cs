using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.DeactivateUser;

internal static class SetUserActiveEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/deactivate", (Guid id, ISender sender, HttpContext http, CancellationToken ct) => Handle(id, false, sender, http, ct))
            .WithName("DeactivateUser")
            .WithSummary("Deactivates a user: their sessions and API tokens stop working at once.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/reactivate", (Guid id, ISender sender, HttpContext http, CancellationToken ct) => Handle(id, true, sender, http, ct))
            .WithName("ReactivateUser")
            .WithSummary("Lets a deactivated user sign in again.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, bool active, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetUserActive(CurrentUserId.Of(http.User), id, active), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem(http);
    }
}
