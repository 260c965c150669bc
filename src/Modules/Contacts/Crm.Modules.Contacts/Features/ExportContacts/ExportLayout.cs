using System.Globalization;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Exports;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>
/// The columns of CSV and Excel exports of contacts: the contact's own, named in the reader's language so that importing
/// the file again maps itself, then one per custom field in use (see <see cref="CustomFieldExportColumns"/>).
/// </summary>
internal sealed class ExportLayout
{
    private static readonly string[] English =
    [
        "First name", "Last name", "Email", "Email 2", "Phone", "Phone 2", "Job title", "Company", "Street", "Postal code", "City",
        "Region", "Country", "Lifecycle stage", "Source", "Tags", "External id", "Created", "Contact id",
    ];

    private static readonly string[] French =
    [
        "Prénom", "Nom", "E-mail", "E-mail 2", "Téléphone", "Téléphone 2", "Fonction", "Société", "Adresse", "Code postal", "Ville",
        "Région", "Pays", "Cycle de vie", "Source", "Étiquettes", "Identifiant externe", "Créé le", "Identifiant du contact",
    ];

    private readonly CustomFieldExportColumns _customFields;

    public ExportLayout(IEnumerable<CustomFieldDefinition> fields, string language)
    {
        var standard = language == "en" ? English : French;
        _customFields = new CustomFieldExportColumns(fields, standard);
        Columns = [.. standard, .. _customFields.Names];
    }

    public IReadOnlyList<string> Columns { get; }

    public string?[] Values(Contact c, IReadOnlyList<string> companies) =>
    [
        c.FirstName, c.LastName, c.Emails.ElementAtOrDefault(0)?.Address, c.Emails.ElementAtOrDefault(1)?.Address,
        c.Phones.ElementAtOrDefault(0)?.Number, c.Phones.ElementAtOrDefault(1)?.Number, c.JobTitle, string.Join(", ", companies),
        c.Address.Street, c.Address.PostalCode, c.Address.City, c.Address.Region, c.Address.CountryCode, c.LifecycleStage.ToString(),
        c.Source, string.Join(", ", c.Tags), c.ExternalId, c.CreatedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        c.Id.Value.ToString(),
        .. _customFields.Values(c.CustomFields),
    ];
}
