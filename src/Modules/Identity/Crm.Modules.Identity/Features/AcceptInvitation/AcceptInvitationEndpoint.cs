using Crm.Shared.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.AcceptInvitation;

internal static class AcceptInvitationEndpoint
{
    public sealed record Request(Guid UserId, string? Token, string? Password);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/invitations/accept", Handle)
            .WithName("AcceptInvitation")
            .WithSummary("Sets the invited user's password from the invitation link; they can then sign in.")
            .AllowAnonymous()
            .RequireRateLimiting(Features.SignIn.SignInEndpoint.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AcceptInvitation(request.UserId, request.Token, request.Password), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem(http);
    }
}
