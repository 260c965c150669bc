using System.Text.Json;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>A company's details, parent and owner as JSON, kept by a merge to give the kept company back what it had.</summary>
internal sealed record CompanySnapshot(
    string Name,
    List<string> Domains,
    string? Industry,
    CompanySize? Size,
    string? Siren,
    string? Siret,
    string? VatNumber,
    ContactSnapshot.Place Address,
    string? Phone,
    string? Website,
    List<string> Tags,
    string CustomFields,
    Guid? ParentCompanyId,
    Guid OwnerId)
{
    public static string Of(Company c) => JsonSerializer.Serialize(new CompanySnapshot(
        c.Name,
        [.. c.Domains],
        c.Industry,
        c.Size,
        c.Siren?.Value,
        c.Siret?.Value,
        c.VatNumber?.Value,
        new ContactSnapshot.Place(c.Address.Street, c.Address.PostalCode, c.Address.City, c.Address.Region, c.Address.CountryCode),
        c.Phone?.Value,
        c.Website,
        [.. c.Tags],
        c.CustomFields.Json,
        c.ParentCompanyId?.Value,
        c.OwnerId));

    public static CompanySnapshot Read(string json) =>
        JsonSerializer.Deserialize<CompanySnapshot>(json) ?? throw new InvalidOperationException("A merge's snapshot is empty.");

    /// <summary>The details as they were: they were valid then, so they are now.</summary>
    public CompanyDetails ToDetails() => CompanyDetails.Create(
        Name,
        Domains,
        Industry,
        Size,
        Siren is null ? null : Crm.Shared.Kernel.Siren.FromStored(Siren),
        Siret is null ? null : Crm.Shared.Kernel.Siret.FromStored(Siret),
        VatNumber is null ? null : Crm.Shared.Kernel.VatNumber.FromStored(VatNumber),
        PostalAddress.Create(Address.Street, Address.PostalCode, Address.City, Address.Region, Address.CountryCode).Value,
        Phone is null ? null : PhoneNumber.FromStored(Phone),
        Website,
        Tags).Value.WithCustomFields(CustomFieldValues.FromJson(CustomFields));
}
