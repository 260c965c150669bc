using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Features.Board;

/// <summary>
/// What narrows a board: an owner or a team (its members and those of the teams below it), and a range of expected
/// close dates (both ends included).
/// </summary>
internal sealed record BoardFilter(Guid? OwnerId, Guid? TeamId, DateOnly? CloseFrom, DateOnly? CloseTo)
{
    private IReadOnlyList<Guid>? _teamMembers;

    /// <summary>Finds the team's members; a team that does not exist is refused.</summary>
    public async Task<Result<BoardFilter>> ResolveAsync(IUserDirectory users, CancellationToken cancellationToken)
    {
        if (TeamId is not { } teamId)
        {
            return this;
        }

        var members = await users.MembersOfTeamAsync(teamId, cancellationToken);
        return members is null
            ? Error.Validation("board.team_unknown", $"No team has the id {teamId}.")
            : this with { _teamMembers = members };
    }

    public IQueryable<Deal> Apply(IQueryable<Deal> deals)
    {
        if (OwnerId is { } ownerId)
        {
            deals = deals.Where(d => d.OwnerId == ownerId);
        }

        if (_teamMembers is { } members)
        {
            var owners = members.ToList();
            deals = deals.Where(d => owners.Contains(d.OwnerId));
        }

        if (CloseFrom is { } from)
        {
            deals = deals.Where(d => d.ExpectedCloseDate >= from);
        }

        if (CloseTo is { } to)
        {
            deals = deals.Where(d => d.ExpectedCloseDate <= to);
        }

        return deals;
    }
}
