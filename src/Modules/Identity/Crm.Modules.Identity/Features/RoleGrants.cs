using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features;

/// <summary>
/// Nobody hands out more than they hold: a role may be given, or given permissions, only by someone holding each of
/// its permissions, so <c>admin.users</c> alone never leads to Administrator.
/// </summary>
internal static class RoleGrants
{
    /// <summary>
    /// Teams and visibility rules decide who sees which records: only someone who sees every record
    /// (<c>records.all</c>) may change them, or <c>admin.users</c> alone would open everything to its holder.
    /// </summary>
    public static Result CheckCallerSeesEverything(ICurrentUser caller) =>
        caller.Permissions.Contains(Permissions.RecordsAll)
            ? Result.Success()
            : Error.Forbidden("visibility.beyond_your_rights", "Changing teams and visibility rules needs the records.all permission.");

    public static Result CheckCallerHolds(ICurrentUser caller, IEnumerable<string> permissions)
    {
        var beyond = permissions.Where(p => !caller.Permissions.Contains(p)).Distinct().Order(StringComparer.Ordinal).ToList();
        return beyond.Count == 0
            ? Result.Success()
            : Error.Forbidden("role.beyond_your_rights", $"You cannot give permissions you do not hold yourself: {string.Join(", ", beyond)}.");
    }

    /// <summary>Roles are looked up by Identity's own normalised names, so a look-alike spelling cannot slip past.</summary>
    public static async Task<Result> CheckCallerHoldsRolesAsync(
        IdentityModuleDbContext db, RoleManager<Role> roles, ICurrentUser caller, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken)
    {
        var normalized = roleNames.Select(roles.NormalizeKey).ToList();
        var permissions = await (
                from role in db.Roles
                join claim in db.RoleClaims on role.Id equals claim.RoleId
                where normalized.Contains(role.NormalizedName!) && claim.ClaimType == PermissionClaims.Type
                select claim.ClaimValue!)
            .ToListAsync(cancellationToken);
        return CheckCallerHolds(caller, permissions);
    }
}
