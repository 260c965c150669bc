namespace Crm.Modules.Identity.Contracts;

/// <summary>Questions other modules ask about users, answered from the Identity module's cache.</summary>
public interface IUserDirectory
{
    /// <summary>Whether <paramref name="userId"/> is a user who can still own records (exists and is active).</summary>
    ValueTask<bool> IsActiveUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The team <paramref name="userId"/> belongs to, if any.</summary>
    ValueTask<Guid?> TeamOfAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The users (active or not) of <paramref name="teamId"/> and of every team below it; null when there is no such team.
    /// </summary>
    ValueTask<IReadOnlyList<Guid>?> MembersOfTeamAsync(Guid teamId, CancellationToken cancellationToken);
}
