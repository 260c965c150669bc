using System.Security.Claims;
using System.Text.Encodings.Web;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Sessions;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity.Tokens;

/// <summary>
/// <c>Authorization: Bearer crm_…</c>. The caller gets the token's scopes that its user still holds: a token never has
/// more rights than its user, even after the user lost a role. Revoked, expired and unknown tokens, and tokens of a
/// deactivated user, are refused alike.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    SessionAccess access,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string BearerPrefix = "Bearer ";

    public static bool CarriesToken(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!CarriesToken(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var refused = AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        if (!ApiTokenSecret.TryParse(Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim(), out var id, out var secret))
        {
            return refused;
        }

        var now = time.GetUtcNow();
        // The token and its user's access tag in one query; the user's permissions from the cache kept for that tag.
        var found = await access.ReadTokenAsync(id, Context.RequestAborted);
        if (found is not ({ } token, var tag) || !ApiTokenSecret.Matches(secret, token.SecretHash) || !token.IsUsableAt(now) || !tag.IsActive
            || await access.GetAsync(token.UserId, tag) is not { } user)
        {
            return refused;
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.UserId.ToString()),
            new(ClaimTypes.Name, tag.UserName ?? token.UserId.ToString()),
        };
        claims.AddRange(token.ScopeList.Intersect(user.Permissions, StringComparer.Ordinal).Select(p => new Claim(PermissionClaims.Type, p)));

        if (token.ShouldRecordUseAt(now))
        {
            var usedAt = now.ToStoredPrecision();
            // The module's context only here, at most once a minute per token: most calls need none.
            await Context.RequestServices.GetRequiredService<IdentityModuleDbContext>().ApiTokens.Where(t => t.Id == id).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAtUtc, usedAt), Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
