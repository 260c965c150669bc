using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.CreateTeam;

internal sealed record CreateTeam(string? Name, Guid? ManagerId, Guid? ParentTeamId) : ICommand<Result<TeamResponse>>, ITeamDetails;

internal sealed class CreateTeamValidator : TeamDetailsValidator<CreateTeam>;

internal sealed class CreateTeamHandler(IdentityModuleDbContext db, DirectoryCache directory, ICurrentUser caller, TimeProvider time)
    : ICommandHandler<CreateTeam, Result<TeamResponse>>
{
    public async ValueTask<Result<TeamResponse>> Handle(CreateTeam command, CancellationToken cancellationToken)
    {
        var allowedToChange = RoleGrants.CheckCallerSeesEverything(caller);
        if (!allowedToChange.IsSuccess)
        {
            return allowedToChange.Error!;
        }

        var checkedDetails = await TeamDetails.CheckAsync(db, command, null, cancellationToken);
        if (!checkedDetails.IsSuccess)
        {
            return checkedDetails.Error!;
        }

        var team = Team.Create(command.Name!, command.ManagerId, command.ParentTeamId is { } parent ? new TeamId(parent) : null);
        db.Teams.Add(team);
        db.AddIntegrationEvent(new TeamChangedIntegrationEvent(TypedId.NewValue(), time.GetUtcNow(), team.Id.Value));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The name was taken, or the parent deleted, between the check and the save.
            return TeamErrors.ChangedMeanwhile;
        }

        directory.Invalidate();
        return TeamResponse.From(team, []);
    }
}
