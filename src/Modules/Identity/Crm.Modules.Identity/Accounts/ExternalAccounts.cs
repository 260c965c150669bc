using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Identity.Accounts;

/// <summary>
/// Who a directory (LDAP) or an identity provider (OIDC) says signed in: <paramref name="Provider"/> names the source
/// (<c>ldap</c>, <c>oidc:corporate</c>), <paramref name="Subject"/> is its stable key for the person.
/// <paramref name="EmailVerified"/> says whether the source vouches for the email and <paramref name="MayLinkByEmail"/>
/// whether the administrator lets it take over a local account of that email; both are needed to link an existing
/// account of the same email.
/// </summary>
internal sealed record ExternalIdentity(
    string Provider,
    string Subject,
    string Email,
    bool EmailVerified,
    bool MayLinkByEmail,
    string? DisplayName,
    IReadOnlyCollection<string> Groups);

/// <summary>
/// Finds or creates the user an external sign-in stands for, and keeps their directory-managed roles in step with
/// their groups. A role named in <c>groupRoles</c> is managed by the source: given when one of its groups is held,
/// taken away when none is; roles it does not name are left as an administrator set them.
/// </summary>
internal sealed class ExternalAccounts(UserManager<User> users, IdentityModuleDbContext db, TimeProvider time, ILogger<ExternalAccounts> logger)
{
    private const int MaxSubjectLength = 128;
    private const int MaxEmailLength = 256;
    private const int MaxDisplayNameLength = 200;

    /// <summary>The user, or the reason (for the audit) they cannot sign in.</summary>
    public async Task<(User? User, string? Failure)> ProvisionAsync(
        ExternalIdentity identity,
        IReadOnlyDictionary<string, IReadOnlyList<string>> groupRoles,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (identity.Subject.Length > MaxSubjectLength || identity.Email.Length > MaxEmailLength)
        {
            return (null, "identity_too_long");
        }

        var user = await users.FindByLoginAsync(identity.Provider, identity.Subject);
        if (user is null)
        {
            user = await users.FindByEmailAsync(identity.Email);
            if (user is not null && !identity.MayLinkByEmail)
            {
                return (null, "local_account_exists");
            }

            if (user is not null && !identity.EmailVerified)
            {
                return (null, "email_not_verified");
            }

            // The account already stands for another person at this source (the address was given to someone else):
            // the email alone must not hand it over.
            if (user is not null && (await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == identity.Provider))
            {
                return (null, "linked_to_another_subject");
            }

            user ??= await CreateAsync(identity);
            if (user is null)
            {
                return (null, "provisioning_refused");
            }

            Check(await users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.Subject, identity.Provider)));
        }

        if (!user.IsActive)
        {
            return (user, "deactivated");
        }

        await SyncRolesAsync(user, identity.Groups, groupRoles, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (user, null);
    }

    private async Task<User?> CreateAsync(ExternalIdentity identity)
    {
        var user = new User
        {
            UserName = identity.Email.Trim(),
            Email = identity.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = (string.IsNullOrWhiteSpace(identity.DisplayName) ? identity.Email.Trim() : identity.DisplayName.Trim()) is var name && name.Length > MaxDisplayNameLength
                ? name[..MaxDisplayNameLength]
                : name,
            CreatedAtUtc = time.GetUtcNow().ToStoredPrecision(),
        };
        return (await users.CreateAsync(user)).Succeeded ? user : null;
    }

    private async Task SyncRolesAsync(User user, IReadOnlyCollection<string> groups, IReadOnlyDictionary<string, IReadOnlyList<string>> groupRoles, CancellationToken cancellationToken)
    {
        if (groupRoles.Values.All(r => r.Count == 0))
        {
            return;
        }

        // Configured role names are matched in any case to the roles that exist; a name that matches none is skipped
        // (and logged), so a typo in the configuration cannot turn every sign-in into a server error.
        var existing = (await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken))
            .ToDictionary(r => r, StringComparer.OrdinalIgnoreCase);
        var unknown = groupRoles.Values.SelectMany(r => r).Where(r => !existing.ContainsKey(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            logger.LogError("Group-to-role mapping names roles that do not exist, skipped: {Roles}", string.Join(", ", unknown));
        }

        var managed = groupRoles.Values.SelectMany(r => r).Where(existing.ContainsKey).Select(r => existing[r]).ToHashSet(StringComparer.Ordinal);
        var granted = groupRoles
            .Where(g => groups.Contains(g.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(g => g.Value)
            .Where(existing.ContainsKey)
            .Select(r => existing[r])
            .ToHashSet(StringComparer.Ordinal);
        var held = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        var toAdd = granted.Except(held).ToList();
        var toRemove = held.Where(r => managed.Contains(r) && !granted.Contains(r)).ToList();
        if (toAdd.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, toAdd));
        }

        if (toRemove.Contains(BuiltInRoles.Administrator) && !await db.AnotherActiveAdministratorExistsAsync(user.Id, cancellationToken))
        {
            logger.LogError("The directory no longer grants Administrator to {UserId}, the last active administrator: the role stays until another administrator exists", user.Id);
            toRemove.Remove(BuiltInRoles.Administrator);
        }

        if (toRemove.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, toRemove));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Provisioning an external account failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
