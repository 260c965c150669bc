namespace Crm.Modules.Identity.Contracts;

/// <summary>The kinds of owned records whose visibility an administrator sets (see <see cref="IRecordVisibility"/>).</summary>
public static class RecordTypes
{
    public const string Contacts = "contacts";
    public const string Companies = "companies";
    public const string Deals = "deals";
    public const string Activities = "activities";
    public const string Tickets = "tickets";

    public static IReadOnlyList<string> All { get; } = [Contacts, Companies, Deals, Activities, Tickets];
}
