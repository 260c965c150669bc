using Crm.Modules.Identity.Accounts;

namespace Crm.Modules.Identity.Features;

internal sealed record UserResponse(
    Guid Id,
    string Email,
    string DisplayName,
    string Language,
    string TimeZone,
    bool IsActive,
    bool HasPassword,
    IReadOnlyList<string> Roles,
    Guid? TeamId,
    DateTimeOffset CreatedAtUtc)
{
    public static UserResponse From(User user, IReadOnlyList<string> roles) =>
        new(user.Id, user.Email!, user.DisplayName, user.Language, user.TimeZone, user.IsActive, user.PasswordHash is not null, roles, user.TeamId?.Value, user.CreatedAtUtc);
}
