using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Crm.Modules.Identity.Oidc;

/// <summary>
/// One OpenID Connect handler per configured provider (authorization code flow with PKCE). The handler only signs the
/// provider's claims into Identity's short-lived external cookie; <c>CompleteOidcSignIn</c> turns them into a CRM
/// session. Failures at the provider or on the way back land on the web app's sign-in page, audited.
/// </summary>
internal static class OidcRegistration
{
    /// <summary>Where the web app shows a sign-in that did not complete; <c>error</c> says why, in one word.</summary>
    public const string SignInPage = "/sign-in";

    public static void AddOidcSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var providers = OidcProviders.From(configuration);
        services.AddSingleton(providers);
        var authentication = services.AddAuthentication();
        foreach (var provider in providers.All)
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName, o => Configure(o, provider));
        }
    }

    public static string SignInPageWithError(string error) => $"{SignInPage}?error={Uri.EscapeDataString(error)}";

    private static void Configure(OpenIdConnectOptions o, OidcProvider provider)
    {
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(provider.ClientSecret) ? null : provider.ClientSecret;
        o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = provider.ResponseMode == "form_post" ? OpenIdConnectResponseMode.FormPost : OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        // Distinct paths per provider: two handlers must never answer the same callback.
        o.CallbackPath = provider.CallbackPath;
        o.SignedOutCallbackPath = $"/signout-callback-oidc-{provider.Scheme}";
        o.RemoteSignOutPath = $"/signout-oidc-{provider.Scheme}";
        o.Scope.Clear();
        o.Scope.Add(OpenIdConnectScope.OpenId);
        foreach (var scope in provider.Scopes is { Length: > 0 } scopes ? scopes : [OpenIdConnectScope.OpenIdProfile, OpenIdConnectScope.Email])
        {
            o.Scope.Add(scope);
        }

        o.TokenValidationParameters.NameClaimType = "name";
        // What the user-info endpoint adds besides the defaults (sub, name, email, …): groups may be an array.
        o.ClaimActions.MapJsonKey(provider.GroupsClaim, provider.GroupsClaim);
        o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
        o.ClaimActions.MapUniqueJsonKey(provider.EmailClaim, provider.EmailClaim);
        o.Events.OnAccessDenied = context =>
        {
            context.HandleResponse();
            return RefuseAsync(context.HttpContext, provider, "access_denied", "access_denied");
        };
        o.Events.OnRemoteFailure = context =>
        {
            context.HandleResponse();
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcRegistration))
                .LogWarning(context.Failure, "OpenID Connect sign-in with {Scheme} failed at the provider or on the way back", provider.Scheme);
            if (context.Properties is null)
            {
                // No readable state: nobody started this sign-in here, so it is not an attempt to audit (and anyone
                // could fill the audit by calling the callback path, which no endpoint rate limit covers).
                context.Response.Redirect(SignInPageWithError("provider_error"));
                return Task.CompletedTask;
            }

            return RefuseAsync(context.HttpContext, provider, "provider_error", "provider_error");
        };
    }

    /// <summary>Audits a sign-in that failed before anyone was identified, and sends the browser to the sign-in page.</summary>
    private static async Task RefuseAsync(HttpContext http, OidcProvider provider, string reason, string error)
    {
        var db = http.RequestServices.GetRequiredService<IdentityModuleDbContext>();
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        await db.AuditAsync(
            SignInAttempt.Of(string.Empty, null, provider.Method, reason, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString(), time.GetUtcNow()),
            http.RequestAborted);
        http.Response.Redirect(SignInPageWithError(error));
    }
}
