using Crm.Modules.Identity.Features.StartOidcSignIn;
using Crm.Modules.Identity.Oidc;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.CompleteOidcSignIn;

/// <summary>
/// Where the provider's handler sends the browser once it has checked the provider's answer and kept its claims in the
/// external cookie. Opens the session on this site, then redirects to the app's <c>returnUrl</c>: that same-site
/// navigation carries the new SameSite=Strict session cookie. A refusal goes to the sign-in page with an error.
/// </summary>
internal static class CompleteOidcSignInEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/oidc/{scheme}/complete", Handle)
            .WithName("CompleteOidcSignIn")
            .WithSummary("Ends a sign-in with an OpenID Connect provider (the browser arrives here from the provider): opens the session and redirects to returnUrl, or to /sign-in?error=… when refused.")
            .AllowAnonymous()
            // Not counted against the sign-in budget: the challenge was, and only the provider's answer gets here.
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> Handle(
        string scheme, string? returnUrl, OidcProviders providers, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        if (providers.Find(scheme) is null)
        {
            return StartOidcSignInEndpoint.UnknownProvider.ToProblem(http);
        }

        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue(StartOidcSignInEndpoint.ProviderItem, out var provider) != true || provider != scheme)
        {
            // Nobody was identified (no external cookie, or one from another provider): nothing to audit.
            return TypedResults.Redirect(OidcRegistration.SignInPageWithError("provider_error"));
        }

        var result = await sender.Send(
            new CompleteOidcSignIn(scheme, external.Principal, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return TypedResults.Redirect(OidcRegistration.SignInPageWithError(result.Error.Code));
        }

        // The antiforgery token belongs to the signed-in user, not to the anonymous caller of this request.
        http.User = result.Value;
        AntiforgeryCookie.Issue(http);
        return TypedResults.Redirect(returnUrl is { Length: > 0 } && LocalUrl.IsLocal(returnUrl) ? returnUrl : "/");
    }
}
