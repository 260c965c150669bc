namespace Crm.Shared.Infrastructure.Security;

/// <summary>
/// Every endpoint is denied to anonymous callers unless it is named here (by its route pattern) and marked
/// <c>AllowAnonymous()</c> where it is mapped. The authorization matrix test checks that the two agree.
/// </summary>
public static class AnonymousEndpoints
{
    public static IReadOnlySet<string> RoutePatterns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "/api/v1/auth/sign-in",
        "/api/v1/auth/ldap/sign-in",
        "/api/v1/auth/methods",
        "/api/v1/auth/invitations/accept",
        "/api/v1/auth/mfa/verify",
        // OpenID Connect: the caller has no session yet (only, on the way back, the provider's external cookie).
        "/api/v1/auth/oidc/{scheme}/challenge",
        "/api/v1/auth/oidc/{scheme}/complete",
        // A calendar application subscribed to a user's feed: the secret in the address is the credential (ADR 25).
        "/api/v1/calendar/feeds/{token}.ics",
        "/health/live",
        "/health/ready",
        // The web app's pages; the app asks the API, which checks.
        "/",
        "{*path:regex(^(?!api/|health/|swagger|assets/).*$)}",
    };
}
