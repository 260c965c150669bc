using Crm.Modules.Contacts.Domain.Common;

namespace Crm.Modules.Contacts.Features.Views;

/// <summary>How the saved-view routes of each list are told apart: the contacts' keep their first operation ids.</summary>
internal static class SavedViewRoutes
{
    public static string OperationId(RecordKind records, string contactsName, string companiesName) =>
        records == RecordKind.Company ? companiesName : contactsName;

    public static string List(RecordKind records) => records == RecordKind.Company ? "company list" : "contact list";

    public static string Path(RecordKind records) => records == RecordKind.Company ? "companies" : "contacts";
}
