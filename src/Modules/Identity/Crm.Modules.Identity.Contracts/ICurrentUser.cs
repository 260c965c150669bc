namespace Crm.Modules.Identity.Contracts;

/// <summary>The signed-in caller of the current request (session or API token).</summary>
public interface ICurrentUser
{
    /// <summary>The user's id; <see cref="Guid.Empty"/> for an anonymous caller.</summary>
    Guid Id { get; }

    bool IsAuthenticated { get; }

    /// <summary>What this request may do: the user's permissions, narrowed to the scopes of an API token.</summary>
    IReadOnlySet<string> Permissions { get; }

    /// <summary>The user's language (<c>fr</c> | <c>en</c>) and IANA time zone.</summary>
    ValueTask<UserPreferences> GetPreferencesAsync(CancellationToken cancellationToken);
}

public sealed record UserPreferences(string Language, string TimeZone);
