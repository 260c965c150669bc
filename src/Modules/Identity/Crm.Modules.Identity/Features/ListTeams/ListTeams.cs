using Crm.Modules.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListTeams;

/// <summary>Every team with its members, by name: a company has tens of teams, not thousands, so no paging.</summary>
internal sealed record ListTeams : IQuery<IReadOnlyList<TeamResponse>>;

internal sealed class ListTeamsHandler(IdentityModuleDbContext db) : IQueryHandler<ListTeams, IReadOnlyList<TeamResponse>>
{
    public async ValueTask<IReadOnlyList<TeamResponse>> Handle(ListTeams query, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var members = await db.Users.AsNoTracking().Where(u => u.TeamId != null).Select(u => new { u.Id, u.TeamId }).ToListAsync(cancellationToken);
        var membersByTeam = members.ToLookup(m => m.TeamId!.Value, m => m.Id);
        return [.. teams.Select(t => TeamResponse.From(t, [.. membersByTeam[t.Id].Order()]))];
    }
}
