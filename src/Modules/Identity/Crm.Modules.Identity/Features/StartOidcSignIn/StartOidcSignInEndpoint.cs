using Crm.Modules.Identity.Features.SignIn;
using Crm.Modules.Identity.Oidc;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.StartOidcSignIn;

/// <summary>
/// Sends the browser to the identity provider. The provider sends it back to the handler's callback, which sends it on
/// to <c>/complete</c> with the <c>returnUrl</c> it started with.
/// </summary>
internal static class StartOidcSignInEndpoint
{
    /// <summary>Where the provider's scheme is kept in the external sign-in, as Identity keeps it.</summary>
    public const string ProviderItem = "LoginProvider";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/oidc/{scheme}/challenge", Handle)
            .WithName("StartOidcSignIn")
            .WithSummary("Starts a sign-in with an OpenID Connect provider (see /api/v1/auth/methods): redirects to the provider. returnUrl must be a path of this site.")
            .AllowAnonymous()
            .RequireRateLimiting(SignInEndpoint.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static Results<ChallengeHttpResult, ProblemHttpResult> Handle(string scheme, string? returnUrl, OidcProviders providers, HttpContext http)
    {
        var provider = providers.Find(scheme);
        if (provider is null)
        {
            return UnknownProvider.ToProblem(http);
        }

        returnUrl = string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl;
        if (!LocalUrl.IsLocal(returnUrl))
        {
            return Error.Validation("auth.return_url_not_local", "returnUrl must be a path on this site, such as /contacts.").ToProblem(http);
        }

        var properties = new AuthenticationProperties
        {
            RedirectUri = $"/api/v1/auth/oidc/{provider.Scheme}/complete?returnUrl={Uri.EscapeDataString(returnUrl)}",
        };
        properties.Items[ProviderItem] = provider.Scheme;
        return TypedResults.Challenge(properties, [provider.Scheme]);
    }

    public static Error UnknownProvider { get; } = Error.NotFound("auth.oidc_provider_unknown", "No sign-in provider has this name.");
}

/// <summary>A path of this site, never another site: no scheme, no host, no <c>//</c> or <c>/\</c> (which browsers read as a host).</summary>
internal static class LocalUrl
{
    public static bool IsLocal(string url) =>
        url.Length is > 0 and <= 2000
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains('\\', StringComparison.Ordinal)
        && !url.Any(char.IsControl);
}
