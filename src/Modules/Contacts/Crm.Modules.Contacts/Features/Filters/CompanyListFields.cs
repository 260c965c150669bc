using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>
/// What a company list can be filtered and sorted by: the company's own fields, and its custom fields as
/// <c>cf.&lt;key&gt;</c> (retired ones included, so saved filters keep working). Identifiers and the phone number are
/// read as the text they are stored as (SIREN and SIRET digits, the VAT number compacted, the phone in E.164).
/// </summary>
internal sealed class CompanyListFields : ListFields<Company, CompanyId>
{
    public CompanyListFields(IReadOnlyList<CustomFieldDefinition> customFields, PhoneNumberReader phones, DatabaseProvider provider)
        : base("Companies", c => c.CustomFields, id => new CompanyId(id), provider)
    {
        AddFilter(FilterFields.Text<Company>("name", c => c.Name));
        AddFilter(FilterFields.Texts<Company>("domain", c => EF.Property<List<string>>(c, CompanyFields.Domains)));
        AddFilter(FilterFields.Text<Company>("industry", c => c.Industry));
        AddFilter(FilterFields.OptionalChoice<Company, CompanySize>("size", c => c.Size));
        AddFilter(FilterFields.Text<Company>("siren", StoredText.Column<Company>(nameof(Company.Siren))));
        AddFilter(FilterFields.Text<Company>("siret", StoredText.Column<Company>(nameof(Company.Siret))));
        AddFilter(FilterFields.Text<Company>("vatNumber", StoredText.Column<Company>(nameof(Company.VatNumber))));
        AddFilter(PhoneFilterField.For<Company>("phone", StoredText.Column<Company>(nameof(Company.Phone)), phones));
        AddFilter(FilterFields.Text<Company>("website", c => c.Website));
        AddFilter(FilterFields.Text<Company>("city", c => c.Address.City));
        AddFilter(FilterFields.Text<Company>("postalCode", c => c.Address.PostalCode));
        AddFilter(FilterFields.Text<Company>("countryCode", c => c.Address.CountryCode));
        AddFilter(FilterFields.Id<Company>("ownerId", c => c.OwnerId));
        AddFilter(FilterFields.Id<Company, CompanyId>("parentCompanyId", c => c.ParentCompanyId, id => new CompanyId(id)));
        AddFilter(FilterFields.Tags<Company>("tags", c => EF.Property<List<string>>(c, CompanyFields.Tags)));
        AddFilter(FilterFields.Instant<Company>("createdAt", c => c.CreatedAtUtc));
        AddFilter(FilterFields.Instant<Company>("updatedAt", c => c.UpdatedAtUtc));

        // The name is never empty: its order reads the index on (name, id) as it is.
        AddSort(new TextSort<Company, CompanyId>("name", c => c.Name, c => c.Name));
        // The first domain, the one shown; EF would take an element of the list for never null, hence no coalesce.
        AddSort(new TextSort<Company, CompanyId>(
            "domain",
            c => EF.Property<List<string>>(c, CompanyFields.Domains).Count > 0 ? EF.Property<List<string>>(c, CompanyFields.Domains)[0] : string.Empty,
            c => c.Domains.Count > 0 ? c.Domains[0] : string.Empty));
        AddTextSort("industry", c => c.Industry, c => c.Industry);
        AddTextSort("siren", StoredText.Column<Company>(nameof(Company.Siren)), c => c.Siren?.Value);
        AddTextSort("vatNumber", StoredText.Column<Company>(nameof(Company.VatNumber)), c => c.VatNumber?.Value);
        AddTextSort("city", c => c.Address.City, c => c.Address.City);
        AddTextSort("postalCode", c => c.Address.PostalCode, c => c.Address.PostalCode);
        AddTextSort("countryCode", c => c.Address.CountryCode, c => c.Address.CountryCode);
        AddSort(new CreationSort<Company, CompanyId>("createdAt"));
        AddSort(new InstantSort<Company, CompanyId>("updatedAt", c => c.UpdatedAtUtc ?? c.CreatedAtUtc, c => c.UpdatedAtUtc ?? c.CreatedAtUtc));

        AddCustomFields(customFields);
    }
}
