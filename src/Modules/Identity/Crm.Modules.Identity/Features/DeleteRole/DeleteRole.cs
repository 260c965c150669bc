using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.DeleteRole;

/// <summary>Deletes a custom role that nobody holds.</summary>
internal sealed record DeleteRole(Guid Id) : ICommand<Result>;

internal sealed class DeleteRoleHandler(RoleManager<Role> roles, IdentityModuleDbContext db) : ICommandHandler<DeleteRole, Result>
{
    public async ValueTask<Result> Handle(DeleteRole command, CancellationToken cancellationToken)
    {
        var role = await roles.FindByIdAsync(command.Id.ToString());
        if (role is null)
        {
            return Error.NotFound("role.not_found", $"No role has the id {command.Id}.");
        }

        if (role.IsBuiltIn)
        {
            return Error.RuleBroken("role.built_in", $"'{role.Name}' is a built-in role and stays.");
        }

        if (await db.UserRoles.AnyAsync(ur => ur.RoleId == role.Id, cancellationToken))
        {
            return Error.Conflict("role.in_use", $"Users still hold '{role.Name}': give them other roles first.");
        }

        var deleted = await roles.DeleteAsync(role);
        return deleted.Succeeded ? Result.Success() : Error.Conflict("role.changed", "The role was changed meanwhile: read it again.");
    }
}
