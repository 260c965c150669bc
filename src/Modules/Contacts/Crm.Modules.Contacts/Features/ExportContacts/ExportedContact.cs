using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>A contact as a file takes it, with its companies' names, in the export's columns.</summary>
internal sealed record ExportedContact(Contact Contact, IReadOnlyList<string> Companies, ExportLayout Layout)
{
    public string?[] Values() => Layout.Values(Contact, Companies);
}
