using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.RevokeApiToken;

internal static class RevokeApiTokenEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/tokens/{id:guid}", Handle)
            .WithName("RevokeApiToken")
            .WithSummary("Revokes one of your API tokens. Requires If-Match with its version (or *).")
            .RequireSession()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(new RevokeApiToken(CurrentUserId.Of(http.User), id, precondition.Value), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem(http);
    }
}
