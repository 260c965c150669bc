namespace Crm.Modules.Contacts.Features.Imports.Reading;

internal enum ImportFormat
{
    Csv,
    Xlsx,
    VCard,
}
