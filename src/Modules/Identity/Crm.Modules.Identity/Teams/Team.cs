using Crm.Shared.Kernel;

namespace Crm.Modules.Identity.Teams;

/// <summary>
/// A group of users with an optional manager and an optional parent team. The manager of a team sees what its members
/// own, and so do the managers of every team above it.
/// </summary>
internal sealed class Team : AggregateRoot<TeamId>
{
    public const int NameMaxLength = 100;

    private Team(TeamId id, string name)
        : base(id) => Name = name;

    public string Name { get; private set; }

    public Guid? ManagerId { get; private set; }

    public TeamId? ParentId { get; private set; }

    public static Team Create(string name, Guid? managerId, TeamId? parentId)
    {
        var team = new Team(TeamId.New(), name.Trim());
        team.Change(name, managerId, parentId);
        return team;
    }

    public void Change(string name, Guid? managerId, TeamId? parentId)
    {
        Name = name.Trim();
        ManagerId = managerId;
        ParentId = parentId;
    }
}
