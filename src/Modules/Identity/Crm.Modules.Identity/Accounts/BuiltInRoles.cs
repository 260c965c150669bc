using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Identity.Accounts;

/// <summary>The roles every installation starts with, and their permissions.</summary>
internal static class BuiltInRoles
{
    public const string Administrator = "Administrator";

    public static IReadOnlyDictionary<string, string[]> PermissionsByRole { get; } = new Dictionary<string, string[]>
    {
        [Administrator] = [.. Permissions.All],
        ["SalesManager"] = [Permissions.ContactsRead, Permissions.ContactsWrite, Permissions.ContactsExport, Permissions.DealsRead, Permissions.DealsWrite, Permissions.SalesSetup, Permissions.ActivitiesRead, Permissions.ActivitiesWrite, Permissions.ReportsRead],
        ["SalesRep"] = [Permissions.ContactsRead, Permissions.ContactsWrite, Permissions.DealsRead, Permissions.DealsWrite, Permissions.ActivitiesRead, Permissions.ActivitiesWrite],
        ["MarketingManager"] = [Permissions.ContactsRead, Permissions.ContactsExport, Permissions.MarketingRead, Permissions.MarketingWrite, Permissions.ReportsRead],
        ["SupportManager"] = [Permissions.ContactsRead, Permissions.TicketsRead, Permissions.TicketsWrite, Permissions.ActivitiesRead, Permissions.ActivitiesWrite, Permissions.ReportsRead],
        ["SupportAgent"] = [Permissions.ContactsRead, Permissions.TicketsRead, Permissions.TicketsWrite, Permissions.ActivitiesRead, Permissions.ActivitiesWrite],
        ["Executive"] = [.. Permissions.All.Where(p => p.EndsWith(".read", StringComparison.Ordinal)), Permissions.RecordsAll],
        ["DataProtectionOfficer"] = [Permissions.ContactsRead, Permissions.ContactsExport, Permissions.ComplianceRead, Permissions.ComplianceErase, Permissions.AdminAudit, Permissions.RecordsAll],
    };
}
