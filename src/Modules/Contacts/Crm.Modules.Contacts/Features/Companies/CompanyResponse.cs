using System.Text.Json;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;

namespace Crm.Modules.Contacts.Features.Companies;

internal sealed record CompanyPhoneResponse(string Number, string International);

internal sealed record CompanyResponse(
    Guid Id,
    string Name,
    IReadOnlyList<string> Domains,
    string? Industry,
    CompanySize? Size,
    string? Siren,
    string? Siret,
    string? VatNumber,
    AddressResponse Address,
    CompanyPhoneResponse? Phone,
    string? Website,
    IReadOnlyList<string> Tags,
    Guid? ParentCompanyId,
    Guid OwnerId,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? UpdatedAtUtc,
    int Version)
{
    /// <summary>The custom field values, by field key.</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = new Dictionary<string, JsonElement>();

    public static CompanyResponse From(Company company) => new(
        company.Id.Value,
        company.Name,
        company.Domains,
        company.Industry,
        company.Size,
        company.Siren?.Value,
        company.Siret?.Value,
        company.VatNumber?.Value,
        AddressResponse.From(company.Address),
        company.Phone is { } phone ? new CompanyPhoneResponse(phone.Value, PhoneNumberReader.International(phone.Value)) : null,
        company.Website,
        company.Tags,
        company.ParentCompanyId?.Value,
        company.OwnerId,
        company.CreatedAtUtc,
        company.UpdatedAtUtc,
        company.Version)
    {
        CustomFields = RecordCustomFields.ToResponse(company.CustomFields),
    };
}
