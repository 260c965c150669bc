using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features;

internal static class MfaSwitch
{
    /// <summary>Whether a role <paramref name="user"/> holds requires MFA.</summary>
    public static Task<bool> IsRequiredForAsync(IdentityModuleDbContext db, User user, CancellationToken cancellationToken) =>
        db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.RequiresMfa)
            .AnyAsync(requires => requires, cancellationToken);

    public static readonly Error ChangedMeanwhile = Error.Conflict("user.changed", "The account was changed meanwhile: try again.");

    /// <summary>
    /// Turns MFA off, all or nothing: the authenticator key is replaced (the old app stops working) and recovery codes
    /// are deleted. False when the account changed meanwhile, with nothing changed.
    /// </summary>
    public static async Task<bool> TurnOffAsync(UserManager<User> users, IdentityModuleDbContext db, User user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!(await users.SetTwoFactorEnabledAsync(user, false)).Succeeded || !(await users.ResetAuthenticatorKeyAsync(user)).Succeeded)
        {
            return false;
        }

        await db.RecoveryCodes.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
