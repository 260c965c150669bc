using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity.Sessions;

/// <summary>
/// The session cookie's check on every request, in place of Identity's <c>SecurityStampValidator</c> (which loads the
/// user, rebuilds every claim and re-issues the cookie each time): one query by primary key reads the user's security
/// stamp, whether they are active and the access version (<see cref="SessionAccessTag"/>). A stamp that differs from the
/// cookie's (signed out everywhere, password or MFA changed, deactivated) or an inactive user ends the session at once,
/// in every host process; otherwise the request gets the user's roles and permissions as <see cref="SessionAccess"/>
/// holds them for that tag. The cookie is left alone: the cookie handler renews it only for its sliding expiration.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var claimTypes = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var session = context.Principal;
        var stamp = session?.FindFirstValue(claimTypes.SecurityStampClaimType);
        if (session is null || stamp is null || !Guid.TryParse(session.FindFirstValue(claimTypes.UserIdClaimType), out var userId))
        {
            await EndAsync(context);
            return;
        }

        var access = http.RequestServices.GetRequiredService<SessionAccess>();
        var tag = await access.ReadTagAsync(userId, http.RequestAborted);
        if (tag is null || !tag.IsActive || !string.Equals(tag.SecurityStamp, stamp, StringComparison.Ordinal)
            || await access.GetAsync(userId, tag) is not { } current)
        {
            await EndAsync(context);
            return;
        }

        context.ReplacePrincipal(current.PrincipalFor(session));
    }

    /// <summary>
    /// At sign-in (and at a refresh after a change of one's own security stamp): the cookie keeps who signed in, how,
    /// and the security stamp, not the roles and permissions, which every request takes from <see cref="SessionAccess"/>.
    /// A smaller cookie to decrypt on each request, and none of its claims can be stale.
    /// </summary>
    public static void KeepIdentityOnly(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
            identity.Claims.Where(c => c.Type != identity.RoleClaimType && c.Type != PermissionClaims.Type),
            identity.AuthenticationType,
            identity.NameClaimType,
            identity.RoleClaimType));
    }

    /// <summary>Refuses the cookie and removes it, as Identity's validator does.</summary>
    private static async Task EndAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.RequestServices.GetRequiredService<SignInManager<User>>().SignOutAsync();
        await context.HttpContext.SignOutAsync(IdentityConstants.TwoFactorRememberMeScheme);
    }
}
