using Crm.Modules.Identity.Teams;

namespace Crm.Modules.Identity.Features;

internal sealed record TeamResponse(Guid Id, string Name, Guid? ManagerId, Guid? ParentTeamId, IReadOnlyList<Guid> MemberIds, int Version)
{
    public static TeamResponse From(Team team, IReadOnlyList<Guid> memberIds) =>
        new(team.Id.Value, team.Name, team.ManagerId, team.ParentId?.Value, memberIds, team.Version);
}
