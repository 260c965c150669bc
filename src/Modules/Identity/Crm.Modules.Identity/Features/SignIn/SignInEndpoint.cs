using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.SignIn;

internal static class SignInEndpoint
{
    public const string RateLimitPolicy = "sign-in";

    public sealed record Request(string? Email, string? Password);

    /// <summary>The password was right and the account uses MFA: send a code to <see cref="VerifyAt"/>.</summary>
    public sealed record SecondFactorResponse(bool SecondFactorRequired, string VerifyAt);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/sign-in", Handle)
            .WithName("SignIn")
            .WithSummary("Opens a session: sets the HttpOnly session cookie and the readable XSRF-TOKEN cookie to echo in X-XSRF-TOKEN. With MFA, answers 202 and a code is due at /api/v1/auth/mfa/verify.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<MeResponse>, Accepted<SecondFactorResponse>, ProblemHttpResult>> Handle(
        Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new SignIn(request.Email, request.Password, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        if (result.Value.NeedsSecondFactor)
        {
            return TypedResults.Accepted((string?)null, new SecondFactorResponse(true, "/api/v1/auth/mfa/verify"));
        }

        // The antiforgery token belongs to the signed-in user, not to the anonymous caller of this request.
        http.User = result.Value.Principal;
        AntiforgeryCookie.Issue(http);
        return TypedResults.Ok(result.Value.Me);
    }
}
