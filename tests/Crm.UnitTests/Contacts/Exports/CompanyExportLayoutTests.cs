using System.Text.Json.Nodes;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.ExportCompanies;
using Crm.Modules.Contacts.Features.Exports;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.UnitTests.Contacts.Exports;

/// <summary>The columns of a company export and a company's cells in them, custom fields as an import reads them.</summary>
internal sealed class CompanyExportLayoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Columns_AreTheCompanysOwn_ThenTheCustomFieldsInUse_ALabelTakenGivingItsKey()
    {
        var retired = Field("old", CustomFieldType.Text, "Old");
        retired.Retire(Now);

        var layout = new CompanyExportLayout([Field("budget", CustomFieldType.Money, "Budget"), Field("city_code", CustomFieldType.Text, "City"), retired], "en");

        Assert.That(layout.Columns, Is.EqualTo(new[]
        {
            "Company name", "Domains", "Industry", "Size", "SIREN", "SIRET", "VAT number", "Phone", "Website", "Street", "Postal code", "City",
            "Region", "Country", "Parent company", "Tags", "Created", "Company id", "Budget", "City (city_code)",
        }));
    }

    [Test]
    public void Columns_InFrench_GiveALabelTakenInFrenchItsKey()
    {
        var layout = new CompanyExportLayout([Field("ville", CustomFieldType.Text, "Ville"), Field("city", CustomFieldType.Text, "City")], "fr");

        Assert.That(layout.Columns, Is.EqualTo(new[]
        {
            "Raison sociale", "Domaines", "Secteur", "Taille", "SIREN", "SIRET", "Numéro de TVA", "Téléphone", "Site web", "Adresse", "Code postal", "Ville",
            "Région", "Pays", "Société mère", "Étiquettes", "Créée le", "Identifiant de la société", "Ville (ville)", "City",
        }));
    }

    [Test]
    public void Values_AreTheCompanysCells_InTheColumnsOrder()
    {
        var tier = Field("tier", CustomFieldType.MultiSelect, "Tier", "PME", "Grand compte");
        var layout = new CompanyExportLayout([Field("budget", CustomFieldType.Money, "Budget"), tier, Field("partner", CustomFieldType.Bool, "Partner")], "en");
        var details = CompanyDetails.Create(
            "Danone", ["danone.com", "danone.fr"], "Agroalimentaire", CompanySize.Enterprise, Siren.Create("552032534").Value, null,
            VatNumber.Create("FR27552032534").Value, PostalAddress.Create("17 bd Haussmann", "75009", "Paris", null, "FR").Value, PhoneNumber.FromStored("+33144352020"),
            "https://www.danone.com/", ["grand compte", "cac40"]).Value;
        var values = CustomFieldValues.Empty.With("budget", JsonValue.Create(1234.5m)).With("tier", new JsonArray("grand_compte", "pme")).With("partner", JsonValue.Create(true));
        var company = Company.Create(details.WithCustomFields(values), null, Guid.CreateVersion7(), Now);

        Assert.That(layout.Values(company, "Groupe Danone"), Is.EqualTo(new string?[]
        {
            "Danone", "danone.com, danone.fr", "Agroalimentaire", "Enterprise", "552032534", null, "FR27552032534", "+33144352020", "https://www.danone.com/",
            "17 bd Haussmann", "75009", "Paris", null, "FR", "Groupe Danone", "grand compte, cac40", "2026-11-28", company.Id.Value.ToString(),
            "1234.5", "Grand compte, PME", "true",
        }));
    }

    [TestCase("csv", ExportFormat.Csv)]
    [TestCase(null, ExportFormat.Csv)]
    [TestCase("", ExportFormat.Csv)]
    [TestCase("XLSX", ExportFormat.Xlsx)]
    public void Formats_OfferedAreRead(string? typed, ExportFormat format)
    {
        Assert.That(ExportFormats.TryRead(typed, [ExportFormat.Csv, ExportFormat.Xlsx], out var read), Is.True);
        Assert.That(read, Is.EqualTo(format));
    }

    [TestCase("vcard")]
    [TestCase("pdf")]
    public void Formats_NotOffered_AreRefused(string typed) =>
        Assert.That(ExportFormats.TryRead(typed, [ExportFormat.Csv, ExportFormat.Xlsx], out _), Is.False);

    private static CustomFieldDefinition Field(string key, CustomFieldType type, string label, params string[] options) =>
        CustomFieldDefinition.Define(
            CustomFieldEntity.Company,
            key,
            type,
            new CustomFieldSettings(label, false, false, [.. options.Select(o => new CustomFieldOptionInput(null, o, false))], type == CustomFieldType.Money ? "EUR" : null, null),
            Now).Value;
}
