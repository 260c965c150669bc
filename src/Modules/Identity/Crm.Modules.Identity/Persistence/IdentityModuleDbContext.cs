using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Mfa;
using Crm.Modules.Identity.Sessions;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Tokens;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Persistence;

/// <summary>
/// ASP.NET Core Identity's tables, in the module's own schema beside its outbox and inbox. The Identity EF stores only
/// need a DbContext holding these sets, so the context derives from <see cref="ModuleDbContext"/> like every module's.
/// Every save that changes roles, role permissions, role assignments or user claims also gives
/// <see cref="AccessVersion"/> a new value in the same transaction, whichever code made the change (the Identity
/// managers included): that is how every host process learns that the principals it cached are stale.
/// </summary>
internal sealed class IdentityModuleDbContext(DbContextOptions<IdentityModuleDbContext> options) : ModuleDbContext(options, IdentityModule.Schema)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();

    public DbSet<IdentityRoleClaim<Guid>> RoleClaims => Set<IdentityRoleClaim<Guid>>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<RecoveryCode> RecoveryCodes => Set<RecoveryCode>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<RecordVisibilityRule> RecordVisibilityRules => Set<RecordVisibilityRule>();

    public DbSet<AccessVersion> AccessVersions => Set<AccessVersion>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ChangesAccess())
        {
            NewAccessVersion(AccessVersions.Find(AccessVersion.RowId));
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangesAccess())
        {
            NewAccessVersion(await AccessVersions.FindAsync([AccessVersion.RowId], cancellationToken));
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Whether an active user other than <paramref name="userId"/> holds the Administrator role.</summary>
    public Task<bool> AnotherActiveAdministratorExistsAsync(Guid userId, CancellationToken cancellationToken) =>
        UserRoles
            .Where(ur => ur.UserId != userId)
            .Join(Roles.Where(r => r.Name == BuiltInRoles.Administrator), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId)
            .Join(Users.Where(u => u.IsActive), id => id, u => u.Id, (id, u) => u.Id)
            .AnyAsync(cancellationToken);

    /// <summary>
    /// Writes one sign-in attempt to the audit, alone: whatever Identity could not save during the attempt (a concurrent
    /// attempt won) is dropped first, so it cannot ride along.
    /// </summary>
    public async Task AuditAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        ChangeTracker.Clear();
        SignInAttempts.Add(attempt);
        await SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether this save changes what a session's roles and permissions are built from.</summary>
    private bool ChangesAccess() =>
        ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Role or IdentityRoleClaim<Guid> or IdentityUserRole<Guid> or IdentityUserClaim<Guid>);

    /// <summary>
    /// A new value for the row, written with this save. The UPDATE locks the row until the transaction ends, so changes
    /// commit one after the other; the row is created when missing (a database emptied by hand or by the tests).
    /// </summary>
    private void NewAccessVersion(AccessVersion? current)
    {
        if (current is null)
        {
            AccessVersions.Add(new AccessVersion { Version = Guid.NewGuid() });
            return;
        }

        current.Version = Guid.NewGuid();
    }
}
