using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Mfa;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Tokens;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Persistence;

/// <summary>
/// ASP.NET Core Identity's tables, in the module's own schema beside its outbox and inbox. The Identity EF stores only
/// need a DbContext holding these sets, so the context derives from <see cref="ModuleDbContext"/> like every module's.
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
}
