using System.Security.Claims;
using System.Text.Encodings.Web;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Features;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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
    IdentityModuleDbContext db,
    UserManager<User> users,
    CurrentUserReader currentUser,
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
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, Context.RequestAborted);
        if (token is null || !ApiTokenSecret.Matches(secret, token.SecretHash) || !token.IsUsableAt(now))
        {
            return refused;
        }

        var user = await users.FindByIdAsync(token.UserId.ToString());
        if (user is null || !user.IsActive)
        {
            return refused;
        }

        var held = (await currentUser.ReadAsync(user)).Permissions;
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? user.Id.ToString()),
        };
        claims.AddRange(token.ScopeList.Intersect(held, StringComparer.Ordinal).Select(p => new Claim(PermissionClaims.Type, p)));

        if (token.ShouldRecordUseAt(now))
        {
            var usedAt = now.ToStoredPrecision();
            await db.ApiTokens.Where(t => t.Id == id).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAtUtc, usedAt), Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
