namespace Crm.Modules.Identity.Contracts;

/// <summary>
/// The named permissions, grouped into roles by the Identity module. A module's endpoint declares the one it needs
/// with <c>RequirePermission(Permissions.ContactsRead)</c>.
/// </summary>
public static class Permissions
{
    public const string ContactsRead = "contacts.read";
    public const string ContactsWrite = "contacts.write";
    public const string ContactsExport = "contacts.export";
    public const string DealsRead = "deals.read";
    public const string DealsWrite = "deals.write";
    public const string ActivitiesRead = "activities.read";
    public const string ActivitiesWrite = "activities.write";
    public const string TicketsRead = "tickets.read";
    public const string TicketsWrite = "tickets.write";
    public const string MarketingRead = "marketing.read";
    public const string MarketingWrite = "marketing.write";
    public const string AutomationManage = "automation.manage";
    public const string ReportsRead = "reports.read";
    public const string ComplianceRead = "compliance.read";
    public const string ComplianceErase = "compliance.erase";
    public const string AdminUsers = "admin.users";
    public const string AdminAudit = "admin.audit";

    /// <summary>Sets up selling: pipelines and their stages, lost reasons.</summary>
    public const string SalesSetup = "sales.setup";

    /// <summary>Defines, changes and retires the custom fields of records.</summary>
    public const string AdminFields = "admin.fields";

    /// <summary>Reads the colleagues' names and teams (the directory), which records show and pickers offer.</summary>
    public const string DirectoryRead = "directory.read";

    /// <summary>Sees every owned record, whatever the visibility rules (administrators, executives, the DPO).</summary>
    public const string RecordsAll = "records.all";

    public static IReadOnlyList<string> All { get; } =
    [
        ContactsRead, ContactsWrite, ContactsExport, DealsRead, DealsWrite, ActivitiesRead, ActivitiesWrite,
        TicketsRead, TicketsWrite, MarketingRead, MarketingWrite, AutomationManage, ReportsRead,
        ComplianceRead, ComplianceErase, AdminUsers, AdminAudit, SalesSetup, AdminFields, DirectoryRead, RecordsAll,
    ];
}
