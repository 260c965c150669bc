namespace Crm.Modules.Identity.Accounts;

/// <summary>
/// An invitation is an Identity user token for this purpose: it expires after <see cref="Lifetime"/> and carries the
/// user's security stamp, which changes once the password is set, so it works once.
/// </summary>
internal static class Invitation
{
    public const string Purpose = "Invitation";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);
}
