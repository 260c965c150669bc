namespace Crm.Modules.Identity.Features;

/// <summary>
/// Who is signed in, and what shapes their screens. <see cref="MfaEnrolmentRequired"/>: a role of theirs requires MFA
/// and they have not enrolled, so they hold no permission until they do.
/// </summary>
internal sealed record MeResponse(
    Guid Id,
    string Email,
    string DisplayName,
    string Language,
    string TimeZone,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    bool MfaEnabled,
    bool MfaEnrolmentRequired,
    int ProfileVersion);
