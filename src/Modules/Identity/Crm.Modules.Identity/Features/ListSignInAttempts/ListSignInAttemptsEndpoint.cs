using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.ListSignInAttempts;

internal static class ListSignInAttemptsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/sign-in-attempts", Handle)
            .WithName("ListSignInAttempts")
            .WithSummary("The sign-in audit (who, when, IP, user agent, method, outcome), for holders of admin.audit.")
            .RequirePermission(Permissions.AdminAudit)
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<Page<SignInAttemptResponse>>, ProblemHttpResult>> Handle(
        int? limit, string? cursor, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListSignInAttempts(limit, cursor), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
