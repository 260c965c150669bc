using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Crm.IntegrationTests.Identity.Oidc;

/// <summary>
/// A real OpenID Connect issuer (OpenIddict, authorization code flow with PKCE) on Kestrel at http://127.0.0.1, with
/// throwaway keys and no store. It knows one client, the CRM. Its authorization endpoint signs in at once the person the
/// test describes in extra query parameters (<see cref="TestPerson.AddTo"/>) or, with <c>test_deny=1</c>, answers
/// <c>access_denied</c>. The email and name go in the id_token and the user-info answer; the groups only in the
/// user-info answer, as many providers do.
/// </summary>
internal sealed class TestIssuer : IAsyncDisposable
{
    public const string ClientId = "crm";
    public const string ClientSecret = "the crm's test client secret";

    private readonly WebApplication _app;

    private TestIssuer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<TestIssuer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddLogging();
        builder.Services.AddRouting();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, "groups");
            // Throwaway keys that are quick to make (an RSA key pair can take seconds on a small machine).
            o.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)))
                .AddSigningKey(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
            // No store: this test code checks the client itself (below); codes and tokens are self-contained.
            o.EnableDegradedMode();
            o.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough()
                .DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (context.RedirectUri is null || !context.RedirectUri.StartsWith("https://localhost/signin-oidc-", StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidRequest, "Unknown redirect_uri.");
                }

                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                }

                return default;
            }));
        });

        var app = builder.Build();
        app.UseRouting();
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], new Func<HttpContext, Task<IResult>>(UserInfo));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestIssuer(app, new Uri(address));
    }

    private static IResult Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var query = http.Request.Query;
        if (query["test_deny"] == "1")
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person declined.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, query["test_sub"].ToString()));
        identity.AddClaim(new Claim(Claims.Email, query["test_email"].ToString()));
        identity.AddClaim(new Claim(Claims.EmailVerified, query["test_email_verified"] == "true" ? "true" : "false", ClaimValueTypes.Boolean));
        identity.AddClaim(new Claim(Claims.Name, query["test_name"].ToString()));
        foreach (var group in query["test_groups"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            identity.AddClaim(new Claim("groups", group));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(claim => claim.Type == "groups"
            ? [Destinations.AccessToken]
            : [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfo(HttpContext http)
    {
        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
            ?? throw new InvalidOperationException("The access token was not accepted.");
        return Results.Json(new Dictionary<string, object?>
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject),
            [Claims.Email] = principal.GetClaim(Claims.Email),
            [Claims.EmailVerified] = bool.TryParse(principal.GetClaim(Claims.EmailVerified), out var verified) && verified,
            [Claims.Name] = principal.GetClaim(Claims.Name),
            ["groups"] = principal.GetClaims("groups").ToArray(),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>Who signs in at the test issuer.</summary>
internal sealed record TestPerson(string Subject, string Email, bool EmailVerified, string Name, params string[] Groups)
{
    /// <summary>The provider's authorization URL, with this person chosen.</summary>
    public Uri AddTo(Uri authorize) => new($"{authorize}&test_sub={E(Subject)}&test_email={E(Email)}&test_email_verified={(EmailVerified ? "true" : "false")}&test_name={E(Name)}&test_groups={E(string.Join(',', Groups))}");

    private static string E(string value) => Uri.EscapeDataString(value);
}
