using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.DeactivateUser;

/// <summary>
/// Deactivates or reactivates a user. Deactivation changes the user's security stamp, which ends their sessions at
/// their next request, and their API tokens are refused from then on.
/// </summary>
internal sealed record SetUserActive(Guid ActingUserId, Guid UserId, bool Active) : ICommand<Result>;

internal sealed class SetUserActiveHandler(UserManager<User> users, IdentityModuleDbContext db, DirectoryCache directory, TimeProvider time)
    : ICommandHandler<SetUserActive, Result>
{
    public async ValueTask<Result> Handle(SetUserActive command, CancellationToken cancellationToken)
    {
        if (!command.Active && command.ActingUserId == command.UserId)
        {
            return Error.RuleBroken("user.cannot_deactivate_self", "You cannot deactivate your own account.");
        }

        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null)
        {
            return Error.NotFound("user.not_found", $"No user has the id {command.UserId}.");
        }

        if (user.IsActive == command.Active)
        {
            return Result.Success();
        }

        user.IsActive = command.Active;
        var now = time.GetUtcNow();
        db.AddIntegrationEvent(command.Active
            ? new UserReactivatedIntegrationEvent(TypedId.NewValue(), now, user.Id)
            : new UserDeactivatedIntegrationEvent(TypedId.NewValue(), now, user.Id));
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Error.Conflict("user.changed", "The user was changed by someone else meanwhile: try again.");
        }

        directory.Invalidate();
        await users.UpdateSecurityStampAsync(user);
        return Result.Success();
    }
}
