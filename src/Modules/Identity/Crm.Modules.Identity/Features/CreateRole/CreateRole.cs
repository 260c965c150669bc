using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.CreateRole;

internal sealed record CreateRole(string? Name, IReadOnlyList<string>? Permissions, bool RequiresMfa) : ICommand<Result<RoleResponse>>, IRoleDetails;

internal sealed class CreateRoleValidator : RoleDetailsValidator<CreateRole>;

/// <summary>Creates a custom role from permissions the caller holds.</summary>
internal sealed class CreateRoleHandler(RoleManager<Role> roles, IdentityModuleDbContext db, ICurrentUser caller)
    : ICommandHandler<CreateRole, Result<RoleResponse>>
{
    public async ValueTask<Result<RoleResponse>> Handle(CreateRole command, CancellationToken cancellationToken)
    {
        var permissions = command.Permissions!.Distinct().Order(StringComparer.Ordinal).ToList();
        var allowed = RoleGrants.CheckCallerHolds(caller, permissions);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        var name = command.Name!.Trim();
        if (await roles.RoleExistsAsync(name))
        {
            return Error.Conflict("role.name_taken", $"A role named '{name}' exists already.");
        }

        var role = new Role { Name = name, RequiresMfa = command.RequiresMfa };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await roles.CreateAsync(role);
        if (!created.Succeeded)
        {
            return Error.Validation("role.invalid", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        foreach (var permission in permissions)
        {
            if (!(await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission))).Succeeded)
            {
                return Error.Conflict("role.changed", "The role was changed by someone else while being created: try again.");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new RoleResponse(role.Id, role.Name, false, role.RequiresMfa, permissions);
    }
}
