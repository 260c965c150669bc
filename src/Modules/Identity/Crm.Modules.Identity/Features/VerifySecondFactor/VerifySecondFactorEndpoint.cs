using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.VerifySecondFactor;

internal static class VerifySecondFactorEndpoint
{
    public sealed record Request(string? Code, string? RecoveryCode);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/mfa/verify", Handle)
            .WithName("VerifySecondFactor")
            .WithSummary("Completes an MFA sign-in with the app's code or a recovery code; opens the session like sign-in.")
            .AllowAnonymous()
            .RequireRateLimiting(Features.SignIn.SignInEndpoint.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Handle(Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new VerifySecondFactor(request.Code, request.RecoveryCode, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.User = result.Value.Principal!;
        AntiforgeryCookie.Issue(http);
        return TypedResults.Ok(result.Value.Me!);
    }
}
