namespace Crm.Modules.Contacts.Features.ExportContacts;

internal enum ExportFormat
{
    Csv,
    Xlsx,
    VCard,
}
