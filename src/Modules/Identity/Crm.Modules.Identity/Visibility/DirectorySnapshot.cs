using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Visibility;

/// <summary>
/// Users, teams and visibility rules as read at one moment: small (a company's staff), read on every request that
/// lists records, so kept whole in memory by <see cref="DirectoryCache"/>.
/// </summary>
internal sealed class DirectorySnapshot
{
    private readonly Dictionary<Guid, UserEntry> _users;
    private readonly Dictionary<Guid, TeamEntry> _teams;
    private readonly Dictionary<string, string> _scopes;
    private readonly ILookup<Guid, Guid> _membersByTeam;
    private readonly ILookup<Guid, Guid> _childrenByTeam;

    public DirectorySnapshot(IEnumerable<UserEntry> users, IEnumerable<TeamEntry> teams, IReadOnlyDictionary<string, string> scopes)
    {
        _users = users.ToDictionary(u => u.Id);
        _teams = teams.ToDictionary(t => t.Id);
        _scopes = new Dictionary<string, string>(scopes, StringComparer.Ordinal);
        _membersByTeam = _users.Values.Where(u => u.TeamId is not null).ToLookup(u => u.TeamId!.Value, u => u.Id);
        _childrenByTeam = _teams.Values.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!.Value, t => t.Id);
    }

    internal sealed record UserEntry(Guid Id, Guid? TeamId, bool IsActive, string Language, string TimeZone, string DisplayName = "", string? Email = null);

    internal sealed record TeamEntry(Guid Id, Guid? ManagerId, Guid? ParentId);

    public static async Task<DirectorySnapshot> LoadAsync(IdentityModuleDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.TeamId, u.IsActive, u.Language, u.TimeZone, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.ManagerId, t.ParentId }).ToListAsync(cancellationToken);
        var scopes = await db.RecordVisibilityRules.AsNoTracking().ToDictionaryAsync(r => r.RecordType, r => r.Scope, cancellationToken);
        return new DirectorySnapshot(
            users.Select(u => new UserEntry(u.Id, u.TeamId?.Value, u.IsActive, u.Language, u.TimeZone, u.DisplayName, u.Email)),
            teams.Select(t => new TeamEntry(t.Id.Value, t.ManagerId, t.ParentId?.Value)),
            scopes);
    }

    public UserEntry? FindUser(Guid userId) => _users.GetValueOrDefault(userId);

    public string ScopeOf(string recordType) => _scopes.GetValueOrDefault(recordType, RecordVisibilityRule.DefaultScope);

    /// <summary>
    /// The owners whose records <paramref name="viewerId"/> sees under the rule for <paramref name="recordType"/>:
    /// their own; under every team they manage, down the hierarchy, its members' and sub-managers'; and, under
    /// <c>team</c>, their teammates'.
    /// </summary>
    public VisibleOwners VisibleTo(Guid viewerId, string recordType)
    {
        var scope = ScopeOf(recordType);
        if (scope == VisibilityScopes.All)
        {
            return VisibleOwners.All;
        }

        var owners = new HashSet<Guid> { viewerId };
        foreach (var team in TeamsBelow(_teams.Values.Where(t => t.ManagerId == viewerId).Select(t => t.Id)))
        {
            owners.UnionWith(_membersByTeam[team]);
            if (_teams[team].ManagerId is { } manager)
            {
                owners.Add(manager);
            }
        }

        if (scope == VisibilityScopes.Team && FindUser(viewerId)?.TeamId is { } ownTeam)
        {
            owners.UnionWith(_membersByTeam[ownTeam]);
        }

        return VisibleOwners.Only(owners);
    }

    /// <summary>The users of <paramref name="teamId"/> and of every team below it; null when there is no such team.</summary>
    public IReadOnlyList<Guid>? MembersOf(Guid teamId) =>
        _teams.ContainsKey(teamId) ? [.. TeamsBelow([teamId]).SelectMany(team => _membersByTeam[team])] : null;

    /// <summary>The given teams and every team below them (a loop is walked once).</summary>
    private HashSet<Guid> TeamsBelow(IEnumerable<Guid> roots)
    {
        var seen = new HashSet<Guid>();
        var pending = new Queue<Guid>(roots);
        while (pending.TryDequeue(out var team))
        {
            if (seen.Add(team))
            {
                foreach (var child in _childrenByTeam[team])
                {
                    pending.Enqueue(child);
                }
            }
        }

        return seen;
    }
}
