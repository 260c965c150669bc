using Crm.Modules.Identity.Accounts;
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

internal sealed class ResetUserMfaHandler(UserManager<User> users, IdentityModuleDbContext db) : ICommandHandler<ResetUserMfa, Result>
{
    public async ValueTask<Result> Handle(ResetUserMfa command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null)
        {
            return Error.NotFound("user.not_found", $"No user has the id {command.UserId}.");
        }

        await MfaSwitch.TurnOffAsync(users, db, user, cancellationToken);
        return Result.Success();
    }
}
