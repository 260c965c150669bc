using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.UpdateRole;

internal sealed record UpdateRole(Guid Id, string? Name, IReadOnlyList<string>? Permissions, bool RequiresMfa) : ICommand<Result<RoleResponse>>, IRoleDetails;

internal sealed class UpdateRoleValidator : RoleDetailsValidator<UpdateRole>;

/// <summary>
/// Renames a custom role, changes its permissions and whether it requires MFA, for a caller holding every permission
/// involved. A
/// built-in role keeps its name and permissions; only its MFA requirement changes. Holders feel it at their next request.
/// </summary>
internal sealed class UpdateRoleHandler(RoleManager<Role> roles, IdentityModuleDbContext db, ICurrentUser caller)
    : ICommandHandler<UpdateRole, Result<RoleResponse>>
{
    private static readonly Error RoleChangedMeanwhile = Error.PreconditionFailed("role.changed", "The role was changed by someone else meanwhile: read it again.");

    public async ValueTask<Result<RoleResponse>> Handle(UpdateRole command, CancellationToken cancellationToken)
    {
        var role = await roles.FindByIdAsync(command.Id.ToString());
        if (role is null)
        {
            return Error.NotFound("role.not_found", $"No role has the id {command.Id}.");
        }

        var name = command.Name!.Trim();
        var wanted = command.Permissions!.ToHashSet(StringComparer.Ordinal);
        var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).ToList();
        var heldValues = held.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (role.IsBuiltIn && (name != role.Name || !wanted.SetEquals(heldValues)))
        {
            return Error.RuleBroken("role.built_in", $"'{role.Name}' is a built-in role: only whether it requires MFA can change. Create a custom role instead.");
        }

        // Changing a role at all (its MFA rule included) needs every permission it carries before and after.
        var allowed = RoleGrants.CheckCallerHolds(caller, wanted.Union(heldValues));
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        if (name != role.Name && await roles.RoleExistsAsync(name))
        {
            return Error.Conflict("role.name_taken", $"A role named '{name}' exists already.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        role.Name = name;
        role.RequiresMfa = command.RequiresMfa;
        if (!(await roles.UpdateAsync(role)).Succeeded)
        {
            return RoleChangedMeanwhile;
        }

        foreach (var claim in held.Where(c => !wanted.Contains(c.Value)))
        {
            if (!(await roles.RemoveClaimAsync(role, claim)).Succeeded)
            {
                return RoleChangedMeanwhile;
            }
        }

        foreach (var permission in wanted.Except(heldValues))
        {
            if (!(await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission))).Succeeded)
            {
                return RoleChangedMeanwhile;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new RoleResponse(role.Id, role.Name, role.IsBuiltIn, role.RequiresMfa, [.. wanted.Order(StringComparer.Ordinal)]);
    }
}
