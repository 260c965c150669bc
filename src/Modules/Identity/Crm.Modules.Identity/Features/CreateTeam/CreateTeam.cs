using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Identity.Features.CreateTeam;

internal sealed record CreateTeam(string? Name, Guid? ManagerId, Guid? ParentTeamId) : ICommand<Result<TeamResponse>>, ITeamDetails;

internal sealed class CreateTeamValidator : TeamDetailsValidator<CreateTeam>;

internal sealed class CreateTeamHandler(IdentityModuleDbContext db, DirectoryCache directory, TimeProvider time)
    : ICommandHandler<CreateTeam, Result<TeamResponse>>
{
    public async ValueTask<Result<TeamResponse>> Handle(CreateTeam command, CancellationToken cancellationToken)
    {
        var checkedDetails = await TeamDetails.CheckAsync(db, command, null, cancellationToken);
        if (!checkedDetails.IsSuccess)
        {
            return checkedDetails.Error!;
        }

        var team = Team.Create(command.Name!, command.ManagerId, command.ParentTeamId is { } parent ? new TeamId(parent) : null);
        db.Teams.Add(team);
        db.AddIntegrationEvent(new TeamChangedIntegrationEvent(TypedId.NewValue(), time.GetUtcNow(), team.Id.Value));
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return TeamResponse.From(team, []);
    }
}
