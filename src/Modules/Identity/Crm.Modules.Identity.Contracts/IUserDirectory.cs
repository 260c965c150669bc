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

    /// <summary>
    /// Who <paramref name="userId"/> is (active or not): name, email, language and IANA time zone, for the modules that
    /// write to a user in their language and time (reminders, notifications); null when there is no such user.
    /// </summary>
    ValueTask<UserSummary?> FindUserAsync(Guid userId, CancellationToken cancellationToken);
}

/// <summary>A user as other modules see them: <see cref="Language"/> is <c>fr</c> | <c>en</c>, <see cref="TimeZone"/> an IANA id.</summary>
public sealed record UserSummary(Guid Id, string DisplayName, string? Email, string Language, string TimeZone, bool IsActive);
