using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features;

/// <summary>
/// Builds <see cref="MeResponse"/> from the user and the roles and permissions they hold now: two queries, whatever
/// the number of roles. Sessions and API tokens ask through <see cref="SessionPrincipalFactory"/> only when the
/// user's access tag changed (<see cref="Sessions.SessionAccess"/>); <c>GET /api/v1/me</c> asks each time.
/// </summary>
internal sealed class CurrentUserReader(IdentityModuleDbContext db)
{
    public async Task<MeResponse> ReadAsync(User user)
    {
        var roleIds = db.UserRoles.Where(ur => ur.UserId == user.Id).Select(ur => ur.RoleId);
        var roles = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).Select(r => new { r.Name, r.RequiresMfa }).ToListAsync();
        var mfaEnrolmentRequired = !user.TwoFactorEnabled && roles.Any(r => r.RequiresMfa);
        // Until a user whose role requires MFA enrols, they hold no permission: only their own account is open to them.
        List<string> permissions = mfaEnrolmentRequired ? [] : await db.RoleClaims.AsNoTracking()
            .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == PermissionClaims.Type)
            .Select(c => c.ClaimValue!)
            .Distinct()
            .ToListAsync();

        return new MeResponse(
            user.Id,
            user.Email!,
            user.DisplayName,
            user.Language,
            user.TimeZone,
            [.. roles.Select(r => r.Name!).Order(StringComparer.Ordinal)],
            [.. permissions.Order(StringComparer.Ordinal)],
            user.TwoFactorEnabled,
            mfaEnrolmentRequired,
            user.ProfileVersion);
    }
}
