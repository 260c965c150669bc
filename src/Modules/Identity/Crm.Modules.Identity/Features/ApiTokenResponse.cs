using Crm.Modules.Identity.Tokens;

namespace Crm.Modules.Identity.Features;

internal sealed record ApiTokenResponse(
    Guid Id,
    string Name,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset ExpiresAtUtc,
    DateTimeOffset? LastUsedAtUtc,
    DateTimeOffset? RevokedAtUtc,
    int Version)
{
    public static ApiTokenResponse From(ApiToken token) =>
        new(token.Id.Value, token.Name, token.ScopeList, token.CreatedAtUtc, token.ExpiresAtUtc, token.LastUsedAtUtc, token.RevokedAtUtc, token.Version);
}
