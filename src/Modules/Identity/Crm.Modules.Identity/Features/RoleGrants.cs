using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features;

/// <summary>
/// Nobody hands out more than they hold: a role may be given, or given permissions, only by someone holding each of
/// its permissions, so <c>admin.users</c> alone never leads to Administrator.
/// </summary>
internal static class RoleGrants
{
    public static Result CheckCallerHolds(ICurrentUser caller, IEnumerable<string> permissions)
    {
        var beyond = permissions.Where(p => !caller.Permissions.Contains(p)).Distinct().Order(StringComparer.Ordinal).ToList();
        return beyond.Count == 0
            ? Result.Success()
            : Error.Forbidden("role.beyond_your_rights", $"You cannot give permissions you do not hold yourself: {string.Join(", ", beyond)}.");
    }

    public static async Task<Result> CheckCallerHoldsRolesAsync(IdentityModuleDbContext db, ICurrentUser caller, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken)
    {
        var normalized = roleNames.Select(n => n.ToUpperInvariant()).ToList();
        var permissions = await (
                from role in db.Roles
                join claim in db.RoleClaims on role.Id equals claim.RoleId
                where normalized.Contains(role.NormalizedName!) && claim.ClaimType == PermissionClaims.Type
                select claim.ClaimValue!)
            .ToListAsync(cancellationToken);
        return CheckCallerHolds(caller, permissions);
    }
}
