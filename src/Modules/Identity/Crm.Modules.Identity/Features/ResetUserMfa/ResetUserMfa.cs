using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features.ResetUserMfa;

/// <summary>
/// For a user who lost their phone and recovery codes: turns their MFA off and ends their sessions. If a role of theirs
/// requires MFA, they enrol again at their next sign-in before anything else.
/// </summary>
internal sealed record ResetUserMfa(Guid UserId) : ICommand<Result>;

/// <summary>Not for one's own account (that needs a code), nor for a user holding permissions the caller does not.</summary>
internal sealed class ResetUserMfaHandler(UserManager<User> users, RoleManager<Role> roles, IdentityModuleDbContext db, ICurrentUser caller)
    : ICommandHandler<ResetUserMfa, Result>
{
    public async ValueTask<Result> Handle(ResetUserMfa command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null)
        {
            return Error.NotFound("user.not_found", $"No user has the id {command.UserId}.");
        }

        if (user.Id == caller.Id)
        {
            return Error.RuleBroken("mfa.reset_self", "Turn your own MFA off from your profile, with a code from your app.");
        }

        var allowed = await RoleGrants.CheckCallerHoldsRolesAsync(db, roles, caller, [.. await users.GetRolesAsync(user)], cancellationToken);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        return await MfaSwitch.TurnOffAsync(users, db, user, cancellationToken) ? Result.Success() : MfaSwitch.ChangedMeanwhile;
    }
}
