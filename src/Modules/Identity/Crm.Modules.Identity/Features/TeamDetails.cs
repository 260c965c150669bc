using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Shared.Kernel;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features;

/// <summary>What creating and changing a team both give: a name, a manager and a parent team, each optional but the name.</summary>
internal interface ITeamDetails
{
    string? Name { get; }

    Guid? ManagerId { get; }

    Guid? ParentTeamId { get; }
}

internal abstract class TeamDetailsValidator<T> : AbstractValidator<T>
    where T : ITeamDetails
{
    protected TeamDetailsValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(Team.NameMaxLength);
}

internal static class TeamDetails
{
    /// <summary>Checks what only the database knows: the name is free, the manager an active user, the parent a team and not a loop.</summary>
    public static async Task<Result> CheckAsync(IdentityModuleDbContext db, ITeamDetails details, TeamId? teamId, CancellationToken cancellationToken)
    {
        var name = details.Name!.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == name && (teamId == null || t.Id != teamId), cancellationToken))
        {
            return Error.Conflict("team.name_taken", $"A team named '{name}' exists already.");
        }

        if (details.ManagerId is { } managerId && !await db.Users.AnyAsync(u => u.Id == managerId && u.IsActive, cancellationToken))
        {
            return Error.Validation("team.manager_unknown", $"No active user has the id {managerId}.");
        }

        if (details.ParentTeamId is not { } parentId)
        {
            return Result.Success();
        }

        var parents = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.ParentId }).ToDictionaryAsync(t => t.Id.Value, t => t.ParentId, cancellationToken);
        if (!parents.ContainsKey(parentId))
        {
            return Error.Validation("team.parent_unknown", $"No team has the id {parentId}.");
        }

        // Walking up from the new parent must never reach the team itself (nor walk a loop for ever).
        var seen = new HashSet<Guid>();
        for (Guid? current = parentId; current is { } step && seen.Add(step); current = parents.GetValueOrDefault(step)?.Value)
        {
            if (teamId is { } self && step == self.Value)
            {
                return Error.RuleBroken("team.parent_loop", "A team cannot sit below itself or below one of its own sub-teams.");
            }
        }

        return Result.Success();
    }
}
