using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Identity.Accounts;

/// <summary>
/// The roles every installation starts with, and their permissions. Each holds <see cref="Permissions.DirectoryRead"/>:
/// whoever works on records needs the names of the colleagues who own them.
/// </summary>
internal static class BuiltInRoles
{
    public const string Administrator = "Administrator";

    public static IReadOnlyDictionary<string, string[]> PermissionsByRole { get; } = new Dictionary<string, string[]>
    {
        [Administrator] = [.. Permissions.All],
        ["SalesManager"] = [Permissions.DirectoryRead, Permissions.ContactsRead, Permissions.ContactsWrite, Permissions.ContactsExport, Permissions.DealsRead, Permissions.DealsWrite, Permissions.SalesSetup, Permissions.ActivitiesRead, Permissions.ActivitiesWrite, Permissions.ReportsRead],
        ["SalesRep"] = [Permissions.DirectoryRead, Permissions.ContactsRead, Permissions.ContactsWrite, Permissions.DealsRead, Permissions.DealsWrite, Permissions.ActivitiesRead, Permissions.ActivitiesWrite],
        ["MarketingManager"] = [Permissions.DirectoryRead, Permissions.ContactsRead, Permissions.ContactsExport, Permissions.MarketingRead, Permissions.MarketingWrite, Permissions.ReportsRead],
        ["SupportManager"] = [Permissions.DirectoryRead, Permissions.ContactsRead, Permissions.TicketsRead, Permissions.TicketsWrite, Permissions.ActivitiesRead, Permissions.ActivitiesWrite, Permissions.ReportsRead],
        ["SupportAgent"] = [Permissions.DirectoryRead, Permissions.ContactsRead, Permissions.TicketsRead, Permissions.TicketsWrite, Permissions.ActivitiesRead, Permissions.ActivitiesWrite],
        ["Executive"] = [.. Permissions.All.Where(p => p.EndsWith(".read", StringComparison.Ordinal)), Permissions.RecordsAll],
        ["DataProtectionOfficer"] = [Permissions.DirectoryRead, Permissions.ContactsRead, Permissions.ContactsExport, Permissions.ComplianceRead, Permissions.ComplianceErase, Permissions.AdminAudit, Permissions.RecordsAll],
    };
}
