using Crm.Modules.Identity.Accounts;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.SetUserTeam;

/// <summary>Puts a user in a team, or in none with a null team.</summary>
internal sealed record SetUserTeam(Guid UserId, Guid? TeamId) : ICommand<Result>;

internal sealed class SetUserTeamHandler(UserManager<User> users, IdentityModuleDbContext db, DirectoryCache directory, ICurrentUser caller, TimeProvider time)
    : ICommandHandler<SetUserTeam, Result>
{
    public async ValueTask<Result> Handle(SetUserTeam command, CancellationToken cancellationToken)
    {
        var allowedToChange = RoleGrants.CheckCallerSeesEverything(caller);
        if (!allowedToChange.IsSuccess)
        {
            return allowedToChange.Error!;
        }

        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is null)
        {
            return Error.NotFound("user.not_found", $"No user has the id {command.UserId}.");
        }

        TeamId? teamId = command.TeamId is { } id ? new TeamId(id) : null;
        if (teamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, cancellationToken))
        {
            return Error.Validation("team.not_found", $"No team has the id {command.TeamId}.");
        }

        if (user.TeamId == teamId)
        {
            return Result.Success();
        }

        user.TeamId = teamId;
        db.AddIntegrationEvent(new TeamMembershipChangedIntegrationEvent(TypedId.NewValue(), time.GetUtcNow(), user.Id, command.TeamId));
        try
        {
            if (!(await users.UpdateAsync(user)).Succeeded)
            {
                return Error.PreconditionFailed("user.changed", "The user was changed by someone else meanwhile: try again.");
            }
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("team.changed", "The team was deleted meanwhile: read the teams again.");
        }

        directory.Invalidate();
        return Result.Success();
    }
}
