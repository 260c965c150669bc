using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
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

    /// <summary>Turns MFA off: the authenticator key is replaced (the old app stops working) and recovery codes are deleted.</summary>
    public static async Task TurnOffAsync(UserManager<User> users, IdentityModuleDbContext db, User user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await db.RecoveryCodes.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
