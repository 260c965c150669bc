using System.Globalization;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Exports;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.ExportCompanies;

/// <summary>
/// The columns of CSV and Excel exports of companies: the company's own, in the reader's language and named as the
/// contact import reads them where it has the field (company name, phone, address, tags), then one per custom field in
/// use (see <see cref="CustomFieldExportColumns"/>).
/// </summary>
internal sealed class CompanyExportLayout
{
    private static readonly string[] English =
    [
        "Company name", "Domains", "Industry", "Size", "SIREN", "SIRET", "VAT number", "Phone", "Website", "Street", "Postal code", "City",
        "Region", "Country", "Parent company", "Tags", "Created", "Company id",
    ];

    private static readonly string[] French =
    [
        "Raison sociale", "Domaines", "Secteur", "Taille", "SIREN", "SIRET", "Numéro de TVA", "Téléphone", "Site web", "Adresse", "Code postal", "Ville",
        "Région", "Pays", "Société mère", "Étiquettes", "Créée le", "Identifiant de la société",
    ];

    private readonly CustomFieldExportColumns _customFields;

    public CompanyExportLayout(IEnumerable<CustomFieldDefinition> fields, string language)
    {
        var standard = language == "en" ? English : French;
        _customFields = new CustomFieldExportColumns(fields, standard);
        Columns = [.. standard, .. _customFields.Names];
    }

    public IReadOnlyList<string> Columns { get; }

    /// <param name="c">The company.</param>
    /// <param name="parent">The name of its parent company, when it has one the caller sees.</param>
    public string?[] Values(Company c, string? parent) =>
    [
        c.Name, string.Join(", ", c.Domains), c.Industry, c.Size?.ToString(), c.Siren?.Value, c.Siret?.Value, c.VatNumber?.Value,
        c.Phone?.Value, c.Website, c.Address.Street, c.Address.PostalCode, c.Address.City, c.Address.Region, c.Address.CountryCode, parent,
        string.Join(", ", c.Tags), c.CreatedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Id.Value.ToString(),
        .. _customFields.Values(c.CustomFields),
    ];
}
