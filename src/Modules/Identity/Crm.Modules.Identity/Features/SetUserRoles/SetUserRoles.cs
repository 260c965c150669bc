using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.SetUserRoles;

/// <summary>Replaces a user's roles. Roles newly given must hold only permissions the caller holds.</summary>
internal sealed record SetUserRoles(Guid UserId, IReadOnlyList<string>? Roles) : ICommand<Result<IReadOnlyList<string>>>;

internal sealed class SetUserRolesValidator : AbstractValidator<SetUserRoles>
{
    public SetUserRolesValidator()
    {
        RuleFor(c => c.Roles).NotNull();
        RuleForEach(c => c.Roles).NotEmpty().MaximumLength(256);
    }
}

internal sealed class SetUserRolesHandler(UserManager<User> users, RoleManager<Role> roles, IdentityModuleDbContext db, ICurrentUser caller)
    : ICommandHandler<SetUserRoles, Result<IReadOnlyList<string>>>
{
    public async ValueTask<Result<IReadOnlyList<string>>> Handle(SetUserRoles command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null)
        {
            return Error.NotFound("user.not_found", $"No user has the id {command.UserId}.");
        }

        var wanted = command.Roles!.Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var roleName in wanted)
        {
            if (!await roles.RoleExistsAsync(roleName))
            {
                return Error.Validation("user.role_unknown", $"There is no role named '{roleName}'.");
            }
        }

        var held = await users.GetRolesAsync(user);
        var added = wanted.Where(r => !held.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var removed = held.Where(r => !wanted.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var allowed = await RoleGrants.CheckCallerHoldsRolesAsync(db, roles, caller, added, cancellationToken);
        if (!allowed.IsSuccess)
        {
            return allowed.Error!;
        }

        if (removed.Contains(BuiltInRoles.Administrator) && !await db.AnotherActiveAdministratorExistsAsync(user.Id, cancellationToken))
        {
            return Error.RuleBroken("user.last_administrator", "This is the last active administrator: make someone else Administrator first.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if ((added.Count > 0 && !(await users.AddToRolesAsync(user, added)).Succeeded)
            || (removed.Count > 0 && !(await users.RemoveFromRolesAsync(user, removed)).Succeeded))
        {
            return Error.PreconditionFailed("user.changed", "The user was changed by someone else meanwhile: try again.");
        }

        if (removed.Contains(BuiltInRoles.Administrator) && !await db.AnotherActiveAdministratorExistsAsync(user.Id, cancellationToken))
        {
            // Someone else was demoted meanwhile: checked again before committing, so both cannot go.
            return Error.RuleBroken("user.last_administrator", "This is the last active administrator: make someone else Administrator first.");
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<IReadOnlyList<string>>.Success([.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)]);
    }
}
