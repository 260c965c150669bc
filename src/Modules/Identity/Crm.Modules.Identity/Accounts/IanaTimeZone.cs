namespace Crm.Modules.Identity.Accounts;

internal static class IanaTimeZone
{
    /// <summary>An IANA id such as <c>Europe/Paris</c> known to this system; Windows names are refused.</summary>
    public static bool IsValid(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
