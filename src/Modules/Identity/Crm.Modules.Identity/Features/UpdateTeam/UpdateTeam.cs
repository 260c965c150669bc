using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.UpdateTeam;

internal sealed record UpdateTeam(Guid Id, string? Name, Guid? ManagerId, Guid? ParentTeamId, VersionPrecondition Precondition)
    : ICommand<Result<TeamResponse>>, ITeamDetails;

internal sealed class UpdateTeamValidator : TeamDetailsValidator<UpdateTeam>;

internal sealed class UpdateTeamHandler(IdentityModuleDbContext db, DirectoryCache directory, ICurrentUser caller, TimeProvider time)
    : ICommandHandler<UpdateTeam, Result<TeamResponse>>
{
    public async ValueTask<Result<TeamResponse>> Handle(UpdateTeam command, CancellationToken cancellationToken)
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
            return current.Error!;
        }

        var checkedDetails = await TeamDetails.CheckAsync(db, command, id, cancellationToken);
        if (!checkedDetails.IsSuccess)
        {
            return checkedDetails.Error!;
        }

        team.Change(command.Name!, command.ManagerId, command.ParentTeamId is { } parent ? new TeamId(parent) : null);
        db.AddIntegrationEvent(new TeamChangedIntegrationEvent(TypedId.NewValue(), time.GetUtcNow(), team.Id.Value));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return TeamErrors.ChangedMeanwhile;
        }

        directory.Invalidate();
        var members = await db.Users.Where(u => u.TeamId == id).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
        return TeamResponse.From(team, members);
    }
}
