namespace Crm.Modules.Identity.Features;

/// <summary>Who is signed in, and what shapes their screens.</summary>
internal sealed record MeResponse(
    Guid Id,
    string Email,
    string DisplayName,
    string Language,
    string TimeZone,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    bool MfaEnabled,
    int ProfileVersion);
