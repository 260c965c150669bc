using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.DeleteTeam;

/// <summary>Deletes an empty team: one with members or sub-teams is refused, so nobody's visibility changes unseen.</summary>
internal sealed record DeleteTeam(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteTeamHandler(IdentityModuleDbContext db, DirectoryCache directory, ICurrentUser caller, TimeProvider time) : ICommandHandler<DeleteTeam, Result>
{
    public async ValueTask<Result> Handle(DeleteTeam command, CancellationToken cancellationToken)
    {
        var allowedToChange = RoleGrants.CheckCallerSeesEverything(caller);
        if (!allowedToChange.IsSuccess)
        {
            return allowedToChange.Error!;
        }

        var id = new TeamId(command.Id);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return TeamErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(team.Version);
        if (!current.IsSuccess)
        {
            return current;
        }

        if (await db.Users.AnyAsync(u => u.TeamId == id, cancellationToken) || await db.Teams.AnyAsync(t => t.ParentId == id, cancellationToken))
        {
            return Error.Conflict("team.not_empty", "The team still has members or sub-teams: move them first.");
        }

        db.Teams.Remove(team);
        db.AddIntegrationEvent(new TeamChangedIntegrationEvent(TypedId.NewValue(), time.GetUtcNow(), command.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A member or sub-team was added meanwhile (the foreign key refused), or the team changed.
            return TeamErrors.ChangedMeanwhile;
        }

        directory.Invalidate();
        return Result.Success();
    }
}
