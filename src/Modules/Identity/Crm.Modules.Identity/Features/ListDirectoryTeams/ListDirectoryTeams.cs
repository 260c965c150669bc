using Crm.Modules.Identity.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListDirectoryTeams;

/// <summary>Every team by name, with its parent and manager: tens of teams, not thousands, so no paging (as <c>ListTeams</c>).</summary>
internal sealed record ListDirectoryTeams : IQuery<IReadOnlyList<DirectoryTeamResponse>>;

internal sealed class ListDirectoryTeamsHandler(IdentityModuleDbContext db) : IQueryHandler<ListDirectoryTeams, IReadOnlyList<DirectoryTeamResponse>>
{
    public async ValueTask<IReadOnlyList<DirectoryTeamResponse>> Handle(ListDirectoryTeams query, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. teams.Select(t => new DirectoryTeamResponse(t.Id.Value, t.Name, t.ParentId?.Value, t.ManagerId))];
    }
}
