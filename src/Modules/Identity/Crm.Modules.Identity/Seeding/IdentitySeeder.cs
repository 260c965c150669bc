using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Commands;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Identity.Seeding;

/// <summary>
/// At start-up: the built-in roles with their permissions, and, while no user exists, the first administrator from
/// <c>CRM_ADMIN_EMAIL</c> and <c>CRM_ADMIN_PASSWORD</c>. Not while a host command runs instead of the server: then the
/// command (such as <c>admin create</c>) decides what to create.
/// </summary>
internal sealed class IdentitySeeder(
    RoleManager<Role> roles,
    UserManager<User> users,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<IdentitySeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (roleName, permissions) in BuiltInRoles.PermissionsByRole)
        {
            await EnsureRole(roleName, permissions);
        }

        if (configuration[HostCommands.RunningKey] is { Length: > 0 } || await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var email = configuration["CRM_ADMIN_EMAIL"];
        var password = configuration["CRM_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            logger.LogWarning(
                "No user exists yet. To create the administrator, either set CRM_ADMIN_EMAIL and CRM_ADMIN_PASSWORD (at least 12 characters) and restart, "
                + "or run `dotnet Crm.Host.dll admin create --email <address>` (from the sources: `dotnet run --project src/Host/Crm.Host -- admin create --email <address>`), "
                + "which reads the password from CRM_ADMIN_PASSWORD or standard input.");
            return;
        }

        var admin = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedAtUtc = time.GetUtcNow() };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            logger.LogError("The administrator from CRM_ADMIN_EMAIL could not be created: {Reasons}", string.Join(" ", created.Errors.Select(e => e.Description)));
            return;
        }

        await users.AddToRoleAsync(admin, BuiltInRoles.Administrator);
        logger.LogInformation("Created the administrator account from CRM_ADMIN_EMAIL.");
    }

    private async Task EnsureRole(string roleName, IEnumerable<string> permissions)
    {
        var role = await roles.FindByNameAsync(roleName);
        if (role is null)
        {
            role = new Role { Name = roleName, IsBuiltIn = true };
            Check(await roles.CreateAsync(role), roleName);
        }

        var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value).ToHashSet();
        foreach (var permission in permissions.Where(p => !held.Contains(p)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission)), roleName);
        }
    }

    private static void Check(IdentityResult result, string roleName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding the built-in role {roleName} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
