using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.DisableMfa;

internal static class DisableMfaEndpoint
{
    public sealed record Request(string? Code);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/mfa/disable", Handle)
            .WithName("DisableMfa")
            .WithSummary("Turns your MFA off with a current code from your app, unless one of your roles requires it.")
            .RequireSession()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DisableMfa(CurrentUserId.Of(http.User), request.Code), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem(http);
    }
}
