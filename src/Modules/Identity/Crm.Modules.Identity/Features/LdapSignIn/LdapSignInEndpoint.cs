using Crm.Modules.Identity.Features.SignIn;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.LdapSignIn;

internal static class LdapSignInEndpoint
{
    public sealed record Request(string? Username, string? Password);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/ldap/sign-in", Handle)
            .WithName("LdapSignIn")
            .WithSummary("Opens a session with a directory account (uid or email and the directory password), like sign-in: cookies, or 202 when the account uses MFA. 404 when LDAP sign-in is not configured.")
            .AllowAnonymous()
            .RequireRateLimiting(SignInEndpoint.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<MeResponse>, Accepted<SignInEndpoint.SecondFactorResponse>, ProblemHttpResult>> Handle(
        Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new LdapSignIn(request.Username, request.Password, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        if (result.Value.NeedsSecondFactor)
        {
            return TypedResults.Accepted((string?)null, new SignInEndpoint.SecondFactorResponse(true, "/api/v1/auth/mfa/verify"));
        }

        // The antiforgery token belongs to the signed-in user, not to the anonymous caller of this request.
        http.User = result.Value.Principal;
        AntiforgeryCookie.Issue(http);
        return TypedResults.Ok(result.Value.Me);
    }
}
