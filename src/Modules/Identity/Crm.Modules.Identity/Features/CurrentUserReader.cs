using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features;

/// <summary>
/// Builds <see cref="MeResponse"/> from the user and the roles and permissions they hold now: two queries, whatever
/// the number of roles, since every API-token call asks.
/// </summary>
internal sealed class CurrentUserReader(IdentityModuleDbContext db)
{
    public async Task<MeResponse> ReadAsync(User user)
    {
        var roleIds = db.UserRoles.Where(ur => ur.UserId == user.Id).Select(ur => ur.RoleId);
        var roleNames = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).Select(r => r.Name!).ToListAsync();
        var permissions = await db.RoleClaims.AsNoTracking()
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
            [.. roleNames.Order(StringComparer.Ordinal)],
            [.. permissions.Order(StringComparer.Ordinal)],
            user.TwoFactorEnabled,
            user.ProfileVersion);
    }
}
